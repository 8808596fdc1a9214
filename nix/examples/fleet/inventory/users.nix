{
  ops = {
    uid = 1000;
    description = "Operations";
    groups = [ "wheel" ];
    sshKeys = [
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOpsTeamKeyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ops@example.com"
    ];
  };
  alice = {
    description = "Alice Example";
    homes = [ "dev" ];
    facts.email = "alice@example.com";
  };
  bob = {
    description = "Bob Example";
    homes = [ "shell" ];
  };
}
