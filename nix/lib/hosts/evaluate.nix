# One host (or one user@host home) evaluated with Arbor's module system: the modules the model
# assembled for it (Arbor's generated module, dendrites, leaves, fruits, overrides), the platform
# options Arbor declares for its class, a freeform root for everything else, Arbor's `lib`, a
# placeholder `pkgs`, and the same special arguments (`host`, `arbor`, `inputs`) the real flake
# passes.
#
# This is the preview and the check; the real flake keeps using the real nixpkgs.
#
# This folder holds a host's evaluation: evaluate.nix (here), arguments.nix (the `host` and `arbor`
# module arguments), generated-modules.nix (`arbor:host` / `arbor:home`) and freeform.nix (the
# type at the root of the configuration). host-eval.nix at the top is the entry point.
{
  model,
  root,
  lib,
  platform,
}:
let
  arguments = import ./arguments.nix { inherit model; };
  generated = import ./generated-modules.nix { inherit model root; };
  freeformType = import ./freeform.nix { inherit lib; };
  inherit (model) plans discovered;

  /**
    Where a flake input's module would go: inputs are not available here, so they are empty modules
    that say what they stand for.
  */
  standIn = name: {
    _file = "<arbor: stand-in for ${name}>";
    key = "arbor:stand-in:${name}";
  };

  classOf = {
    nixos = "nixos";
    darwin = "darwin";
  };

  /**
    The module Arbor adds to every evaluation of `class`: the freeform root and `pkgs`.
  */
  base =
    class: pkgs:
    {
      _file = "<arbor: host evaluation>";
      key = "arbor:host-evaluation";
      config._module.freeformType = freeformType;
      config._module.args.pkgs = pkgs;
    };

  /**
    Evaluates `modules` for `class` and `system` with the platform options, the base module and the
    special arguments.
  */
  evaluate =
    {
      class,
      system,
      modules,
      specialArgs,
    }:
    let
      pkgs = platform.pkgsFor { inherit system; };
      platformModules = platform.${class} or [ ];
    in
    # With Arbor's module system the walk also gets the freeform definitions; with nixpkgs' lib
    # (the benchmark's baseline) there are none to report.
    (lib.modules.evalModulesWithUnmatched or (args: {
      result = lib.evalModules args;
      unmatchedDefinitions = [ ];
    }))
      {
      class = classOf.${class} or class;
      specialArgs = specialArgs // {
        inherit (platform) modulesPath;
        inputs = { };
      };
      modules = platformModules ++ [ (base class pkgs) ] ++ modules;
    };

  /**
    The modules of host `name`, in the order the model assembled them: the generated host module, a
    stand-in for disko's, and project files as paths.
  */
  hostModules =
    name:
    map (
      entry:
      if entry.id == "arbor:host" then
        generated.hostModule name
      else if entry.id == "arbor:disko" then
        standIn "disko.nixosModules.disko"
      else
        discovered.pathOf entry.file
    ) plans.${name}.modules;

  /**
    The homes (user@host keys) assembled for host `name`.
  */
  homesOf = name: plans.${name}.homeConfigurations;
in
{
  /** The evaluation of host `name` (as `lib.evalModules` returns it). */
  host =
    name:
    let
      h = plans.${name}.host;
    in
    evaluate {
      inherit (h) class system;
      modules = hostModules name;
      specialArgs = arguments.forHost name;
    };

  /** The evaluation of the Home Manager configuration `user@host`. */
  home =
    key:
    let
      hostName = builtins.head (builtins.filter (name: (homesOf name) ? ${key}) (builtins.attrNames plans));
      home = (homesOf hostName).${key};
    in
    evaluate {
      class = "homeManager";
      inherit (home) system;
      modules = map (
        entry: if entry.id == "arbor:home" then generated.homeModule home else discovered.pathOf entry.file
      ) home.modules;
      specialArgs = arguments.forHome home.host home.user;
    };

  hostNames = builtins.attrNames plans;
  homeNames = builtins.concatMap (name: builtins.attrNames (homesOf name)) (builtins.attrNames plans);
}
