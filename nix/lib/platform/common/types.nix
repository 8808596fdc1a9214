# Option types shared by the NixOS, nix-darwin and Home Manager declarations.
#
# `openSubmodule` is the one rule every partial declaration here follows:
# Arbor declares only some of the options a real submodule has (a user, a
# file system, an /etc entry), so each submodule gets a freeform type and
# the options it does not declare are still accepted, as the root freeform
# type of a host evaluation accepts unknown top-level paths. The others
# mirror types nixpkgs defines inside its modules (nixpkgs' `config`, an
# overlay, a nix.conf value), so values merge the way they do there.
{ lib }:
let
  inherit (lib) types;
in
{
  /**
    A submodule whose undeclared options are freeform (`lazyAttrsOf anything`).

    # Type

    ```
    openSubmodule :: Module -> OptionType
    ```
  */
  openSubmodule =
    module:
    types.submodule [
      { freeformType = types.lazyAttrsOf types.anything; }
      module
    ];

  /**
    The type of `nixpkgs.config`: attribute sets (or functions of `{ pkgs }`
    returning one) merged recursively, later definitions winning.
  */
  nixpkgsConfig = lib.mkOptionType {
    name = "nixpkgs-config";
    description = "nixpkgs config";
    check = value: builtins.isAttrs value || builtins.isFunction value;
    merge =
      _loc: defs:
      lib.foldr (
        def: merged:
        lib.recursiveUpdate (if builtins.isFunction def.value then def.value { pkgs = { }; } else def.value) merged
      ) { } defs;
  };

  /** An overlay: a function `final: prev: { … }`. Two definitions of one overlay do not merge. */
  overlay = lib.mkOptionType {
    name = "nixpkgs-overlay";
    description = "nixpkgs overlay";
    check = builtins.isFunction;
    merge = lib.mergeOneOption;
  };

  /** One value of nix.conf: what `nix.settings` accepts for a setting. */
  nixConfValue =
    let
      atom =
        types.nullOr (
          types.oneOf [
            types.bool
            types.int
            types.float
            types.str
            types.path
            types.package
          ]
        )
        // {
          description = "Nix config atom (null, bool, int, float, str, path or package)";
        };
    in
    types.either atom (types.listOf atom);
}
