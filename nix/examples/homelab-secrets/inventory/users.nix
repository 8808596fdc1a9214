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
    # Alice administers the secrets: every file is also encrypted to her (a THROWAWAY key).
    keys.age = "age179mjpx3p0uvjr8tlry20d2wj80te3ps2p74r2hyjxgk9rleyp5aqjxlktv";
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
