# Arbor's module system: nixpkgs' `lib.modules`, `lib.options` and `lib.types`, written from the
# documented semantics of `lib.evalModules` (the NixOS manual's "Writing NixOS Modules", "Option
# Types" and "Option Definitions"). Pure Nix, builtins and the `lib` it is given.
#
#   properties.nix   mkIf, mkMerge, mkOverride, mkOrder and how they are resolved
#   options.nix      mkOption and friends, merge helpers, showOption / showDefs
#   types.nix        option types: mkOptionType and the helpers every type shares, with the
#                    families in types-scalars.nix, types-containers.nix, types-modules.nix
#   collect.nix      modules → the flat, de-duplicated list (imports, key, disabledModules)
#   merge.nix        the option tree and each option's value from its definitions
#   eval-modules.nix evalModules
#   renames.nix      mkRenamedOptionModule, mkAliasOptionModule, mkRemovedOptionModule, …
#
# `import ./. { lib = <the full lib>; }` → { modules; options; types; }, shaped as nixpkgs' lib.
{ lib }:
let
  properties = import ./properties.nix { inherit lib; };
  options = import ./options.nix { inherit lib; };
  merge = import ./merge.nix { inherit lib properties options; };
  collect = import ./collect.nix { inherit lib properties; };
  types = import ./types.nix {
    inherit lib properties options merge;
    inherit (evaluation) evalModules;
  };
  evaluation = import ./eval-modules.nix {
    inherit
      lib
      properties
      options
      collect
      merge
      types
      ;
  };
  renames = import ./renames.nix { inherit lib properties options types; };
in
{
  modules = {
    inherit (evaluation) evalModules evalModulesWithUnmatched;
    inherit (properties)
      mkIf
      mkMerge
      mkOverride
      mkOptionDefault
      mkDefault
      mkImageMediaOverride
      mkForce
      mkVMOverride
      mkOrder
      mkDefinition
      mkBefore
      mkAfter
      defaultOverridePriority
      defaultOrderPriority
      pushDownProperties
      dischargeProperties
      filterOverrides
      filterOverrides'
      sortProperties
      ;
    defaultPriority = properties.defaultOverridePriority;
    inherit (merge) mergeDefinitions evalOptionValue;
    inherit (collect) collectModules unifyModuleSyntax applyModuleArgs;
    inherit (renames)
      mkRenamedOptionModule
      mkRenamedOptionModuleWith
      mkAliasOptionModule
      mkAliasOptionModuleMD
      mkRemovedOptionModule
      mkMergedOptionModule
      mkChangedOptionModule
      mkAliasDefinitions
      mkAliasAndWrapDefinitions
      mkAliasAndWrapDefsWithPriority
      mkAliasIfDef
      mkDerivedConfig
      doRename
      ;

    /**
      The identity: nixpkgs needs it for strictness, Arbor's evaluation does not.
    */
    mkFixStrictness = x: x;

    /**
      `content`, when `assertion` holds; otherwise a definition that fails with `message`.
    */
    mkAssert = assertion: message: content: properties.mkIf (if assertion then true else throw "\nFailed assertion: ${message}") content;

    /**
      Gives module `m` the file `file` when it does not name its own.
    */
    setDefaultModuleLocation = file: m: {
      _file = file;
      imports = [ m ];
    };
    /** A module file that is a function of a static argument, applied, keeping its file name. */
    importApply = modulePath: staticArg: {
      _file = modulePath;
      imports = [ (import modulePath staticArg) ];
    };

    /**
      A module read from a JSON file.
    */
    importJSON = file: {
      _file = file;
      config = builtins.fromJSON (builtins.readFile file);
    };

    /**
      A module read from a TOML file.
    */
    importTOML = file: {
      _file = file;
      config = builtins.fromTOML (builtins.readFile file);
    };
  };
  options = options // {
    mergeDefinitions = merge.mergeDefinitions;
  };
  inherit types;
}
