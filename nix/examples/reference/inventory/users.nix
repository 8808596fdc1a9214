{
  alice = {
    uid = 1000;                          # int
    description = "Alice";               # string (the account's full name)
    groups = [ "wheel" ];                # extra groups (NixOS)
    homes = [ "shell" "git" ];           # homes for alice on every host she is on
    sshKeys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleAliceKeyxxxxxxxxxxxxxxxxxxxxxxxxxx alice@laptop" ];
                                         # authorized keys (NixOS)
    keys.age = "age179mjpx3p0uvjr8tlry20d2wj80te3ps2p74r2hyjxgk9rleyp5aqjxlktv";
                                         # v2: the user's age recipient (for secrets admins);
                                         # without it, the first ssh-ed25519 key of sshKeys
    facts = { email = "alice@example.org"; };   # free-form, for homes (arbor.user.facts)
  };
}
