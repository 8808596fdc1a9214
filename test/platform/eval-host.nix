# Evaluates one host (or one user@host home) of an example project with a
# real `lib` (nixpkgs' under the oracle), Arbor's platform modules, and the
# modules Arbor selects for it, wired as mk-outputs.nix wires the real flake:
# the `host`/`arbor` arguments and `modulesPath` as specialArgs, the
# placeholder `pkgs` as a module argument. A root freeform type takes every
# option path the platform does not declare.
#
#   import ./eval-host.nix { lib; example = "homelab"; host = "nas"; }
#   import ./eval-host.nix { lib; example = "homelab"; home = "alice@nas"; }
{
  lib,
  example,
  host ? null,
  home ? null,
}:
let
  root = ../../nix/examples + "/${example}";
  model = import ../../nix/lib/pipeline/model.nix { inherit root; };
  arguments = import ../../nix/lib/hosts/arguments.nix { inherit model; };
  generated = import ../../nix/lib/hosts/generated-modules.nix { inherit model root; };
  platform = import ../../nix/lib/platform { inherit lib; };
  inherit (model) plans;

  freeform = {
    _file = "test/platform/eval-host.nix";
    _module.freeformType = lib.types.lazyAttrsOf lib.types.anything;
  };
  # Disko itself is not available: its options fall to the freeform type.
  diskoStandIn = { };

  hostEval =
    name:
    let
      plan = plans.${name};
      modules = map (
        entry:
        if entry.id == "arbor:host" then
          generated.hostModule name
        else if entry.id == "arbor:disko" then
          diskoStandIn
        else
          model.discovered.pathOf entry.file
      ) plan.modules;
    in
    lib.evalModules {
      specialArgs = arguments.forHost name // {
        inherit (platform) modulesPath;
      };
      modules =
        (if plan.host.class == "darwin" then platform.darwin else platform.nixos)
        ++ modules
        ++ [
          freeform
          { _module.args.pkgs = platform.pkgsFor { inherit (plan.host) system; }; }
        ];
    };

  homeEval =
    key:
    let
      hostName = builtins.elemAt (builtins.split "@" key) 2;
      entry = plans.${hostName}.homeConfigurations.${key};
    in
    lib.evalModules {
      specialArgs = arguments.forHome entry.host entry.user;
      modules =
        platform.homeManager
        ++ map (
          m: if m.id == "arbor:home" then generated.homeModule entry else model.discovered.pathOf m.file
        ) entry.modules
        ++ [
          freeform
          { _module.args.pkgs = platform.pkgsFor { inherit (entry) system; }; }
        ];
    };
in
if home != null then homeEval home else hostEval host
