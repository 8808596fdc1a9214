# `nixpkgs.*` in Home Manager: how the home's own package set is configured.
# Both are `null` unless set, meaning "use the package set Home Manager was
# given as it is" (a home inside NixOS or nix-darwin uses the system's).
{ lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };
in
{
  options.nixpkgs = {
    config = mkOption {
      type = types.nullOr platformTypes.nixpkgsConfig;
      default = null;
      example = {
        allowUnfree = true;
      };
      description = "The configuration of the home's package set; `null` keeps the given one's.";
    };
    overlays = mkOption {
      type = types.nullOr (types.listOf platformTypes.overlay);
      default = null;
      description = "Overlays applied to the home's package set; `null` applies none of its own.";
    };
  };
}
