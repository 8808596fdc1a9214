{
  description = "LTO tape drives: the st driver and the mt/mtx tools";
  class = "nixos";
  requires = [ "storage" ];
  facts."tape.devices" = {
    type = "list";
    nonEmpty = true;
  };
}
