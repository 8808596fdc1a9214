# A NixOS module published by a flake.
{ lib, config, ... }:
{
  _class = "nixos";
  options.tools = {
    enable = lib.mkEnableOption "tools";
    list = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
    };
  };
  config.tools.list = lib.mkIf config.tools.enable [
    "git"
    "htop"
  ];
}
