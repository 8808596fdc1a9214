# People, their groups, keys and the Home Manager homes they want everywhere.
{
  alice = {
    uid = 1000;
    description = "Alice (admin)";
    groups = [ "wheel" ];
    homes = [
      "shell"
      "git"
    ];
    sshKeys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleAliceKeyxxxxxxxxxxxxxxxxxxxxxxxxxx alice@laptop" ];
    facts.email = "alice@example.org";
  };
  bob = {
    uid = 1001;
    description = "Bob";
    groups = [ "audio" ];
    homes = [ "shell" ];
    sshKeys = [ ];
  };
}
