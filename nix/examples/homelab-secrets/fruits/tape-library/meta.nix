{
  description = "An LTO tape library managed by Bacula's storage daemon or LTFS";
  class = "nixos";
  requires = [ "storage/tape" ];
  facts = {
    "tape.manager" = {
      oneOf = [
        "bacula"
        "ltfs"
      ];
    };
    "tape.changer" = {
      type = "string";
      match = "/dev/.+";
    };
  };
}
