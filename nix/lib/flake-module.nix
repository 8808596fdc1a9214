# Entry point 2: Arbor as a flake-parts module.
#
#   # modules/arbor.nix
#   { imports = [ ../lib/flake-module.nix ]; systems = [ "x86_64-linux" ]; arbor.root = ../.; }
#
# A thin wrapper around `outputs/flake.nix`: it declares the outputs flake-parts
# does not know, then defines them from the model. Declarations follow the
# rules that keep it compatible with nix-darwin's and home-manager's own
# flake modules: `lazyAttrsOf raw` (or `raw`), *type only*, no default or
# description, and always defined. `colmena`/`colmenaHive` are declared only
# when the flake has a `colmena` input and `deploy` only with a `deploy-rs`
# input (declarations may depend on `inputs`, a specialArg, but not on
# `config`, which would be infinite recursion). A host that needs an input
# the flake lacks fails `checks.<system>.arbor` with a message naming it.
#
# `flake.modules` comes from flake-parts' `flakeModules.modules`, imported
# here when the flake-parts input provides it (it is a path, so importing it
# twice is harmless).
{
  lib,
  config,
  inputs,
  ...
}:
let
  inherit (lib) mkOption types;
  cfg = config.arbor;
  outputs = import ./outputs/flake.nix {
    inherit inputs;
    inherit (cfg) root;
    inherit (config) systems;
  };

  /**
    Whether the flake has the input `name`.
  */
  has = name: inputs ? ${name};
  rawAttrs = mkOption { type = types.lazyAttrsOf types.raw; };
  flakeParts = inputs.flake-parts or { };
in
{
  imports = lib.optional (flakeParts ? flakeModules.modules) flakeParts.flakeModules.modules;

  options.arbor = {
    root = mkOption {
      type = types.path;
      description = ''
        The project root: the directory holding `inventory/`, `dendrites/`,
        `fruits/`, `homes/` and `hosts/`.
      '';
      example = lib.literalExpression "../.";
    };
    model = mkOption {
      type = types.raw;
      readOnly = true;
      description = "Arbor's model of the fleet (what `lib/eval.nix` returns), for other modules to read.";
    };
  };

  options.flake =
    lib.genAttrs ([ "darwinConfigurations" "homeConfigurations" ] ++ lib.optional (has "colmena") "colmena" ++ lib.optional (has "deploy-rs") "deploy") (_: rawAttrs)
    // lib.optionalAttrs (has "colmena") { colmenaHive = mkOption { type = types.raw; }; };

  config = {
    arbor.model = outputs.model.json;
    flake = {
      inherit (outputs)
        nixosConfigurations
        darwinConfigurations
        homeConfigurations
        modules
        ;
    }
    // lib.optionalAttrs (has "colmena") { inherit (outputs) colmena colmenaHive; }
    // lib.optionalAttrs (has "deploy-rs") { inherit (outputs) deploy; };
    perSystem =
      { system, ... }:
      {
        checks = outputs.checks.${system} or { };
      };
  };
}
