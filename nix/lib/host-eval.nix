# Entry point 3: the hosts' modules, evaluated with Arbor's own module system.
#
#   (import ./lib/host-eval.nix { root = ./.; }).host "nas"
#
# returns `lib.evalModules`' result for that host (`config`, `options`, …) with Arbor's platform
# options, a freeform root and a placeholder `pkgs` (see docs/host-evaluation.md). Everything is
# lazy (pass `model` to share one with eval.nix): nothing is evaluated until a value is read, and reading one option forces only what it
# needs. The session API walks `options` from TypeScript and forces each option on its own, so
# one broken definition never hides another.
{
  root,
  model ? import ./pipeline/model.nix { inherit root; },
  lib ? import ./stdlib,
  platform ? import ./platform { inherit lib; },
}:
let
  hosts = import ./hosts/evaluate.nix {
    inherit
      model
      root
      lib
      platform
      ;
  };
in
hosts
// {
  inherit lib;
  /** Evaluation errors of the model itself mean hosts cannot be assembled. */
  modelErrors = model.errors;
}
