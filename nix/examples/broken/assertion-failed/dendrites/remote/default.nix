{ config, ... }:
{
  assertions = [
    {
      assertion = config.services.openssh.enable;
      message = "remote administration needs services.openssh.enable = true";
    }
  ];
}
