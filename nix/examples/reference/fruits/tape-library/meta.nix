{
  description = "An LTO tape library managed by Bacula's storage daemon or LTFS";
  class = "nixos";
  requires = [ "storage" ];
  facts."tape.manager" = {
    oneOf = [
      "bacula"
      "ltfs"
    ];
  };
}
