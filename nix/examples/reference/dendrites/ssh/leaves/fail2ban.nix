# Ban addresses that keep failing to log in.
{
  services.fail2ban = {
    enable = true;
    maxretry = 5;
  };
}
