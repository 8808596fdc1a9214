# The tape library: a Bacula storage daemon driving the drives and the changer.
{ lib, host, ... }:
let
  tape = host.facts.tape;
in
lib.mkIf (tape.manager == "bacula") {
  services.bacula-sd = {
    enable = true;
    autochanger.library = {
      changerDevice = tape.changer;
      changerCommand = "/run/current-system/sw/bin/mtx-changer %c %o %S %a %d";
      devices = lib.imap0 (i: _: "drive${toString i}") tape.devices;
    };
    device = lib.listToAttrs (
      lib.imap0 (i: path: {
        name = "drive${toString i}";
        value = {
          archiveDevice = path;
          mediaType = "LTO-8";
        };
      }) tape.devices
    );
  };
}
