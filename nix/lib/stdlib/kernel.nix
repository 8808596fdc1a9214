# Linux kernel configuration values (`boot.kernelPatches.*.structuredExtraConfig`): tristate
# answers and helpers, as `lib.kernel` in nixpkgs.
{ lib }:
let
  /**
    A kernel config answer of `tristate`.
  */
  answer = tristate: {
    inherit tristate;
    optional = false;
  };
in
{
  /**
    Mark a kernel option as optional (no error when the kernel lacks it).
  */
  option = x: x // { optional = true; };

  /**
    Built in (`y`).
  */
  yes = answer "y";

  /**
    Disabled (`n`).
  */
  no = answer "n";

  /**
    Built as a module (`m`).
  */
  module = answer "m";

  /**
    Left unset.
  */
  unset = answer null;

  /**
    A free-form value (string or number options).
  */
  freeform = x: {
    freeform = x;
    optional = false;
  };

  /**
    `mkIf`s conditioned on the kernel version.
  */
  whenHelpers = version: {
    whenAtLeast = ver: lib.mkIf (lib.versionAtLeast version ver);
    whenOlder = ver: lib.mkIf (lib.versionOlder version ver);
    whenBetween =
      low: high: lib.mkIf (lib.versionAtLeast version low && lib.versionOlder version high);
  };
}
