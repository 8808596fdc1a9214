# makeOverridable and callPackageWith.
lib:
let
  mkThing = { name, size ? 1, extra ? "" }: { inherit name size; label = "${name}-${toString size}${extra}"; };
  thing = lib.makeOverridable mkThing { name = "a"; };
  scope = { name = "auto"; size = 7; unrelated = true; };
  called = lib.callPackageWith scope mkThing { };
  calledArgs = lib.callPackageWith scope mkThing { size = 9; };
  fnResult = lib.makeOverridable ({ x }: y: x + y) { x = 1; };
  scalar = lib.makeOverridable ({ x }: x * 2) { x = 2; };
in
{
  label = thing.label;
  override = (thing.override { size = 2; }).label;
  overrideFn = (thing.override (old: { name = old.name + "x"; extra = "!"; })).label;
  overrideTwice = ((thing.override { size = 2; }).override { name = "b"; }).label;
  hasOverrideDerivation = thing ? overrideDerivation;
  names = builtins.attrNames thing;
  called = called.label;
  calledArgs = calledArgs.label;
  calledOverride = (calledArgs.override { name = "o"; }).label;
  fnResult = fnResult 2;
  fnResultOverride = (fnResult.override { x = 10; }) 2;
  scalar = scalar;
  overridableIsFunctor = builtins.isAttrs (lib.makeOverridable mkThing);
  overridableArgs = lib.functionArgs (lib.makeOverridable mkThing);
  overrideAttrs = let r = lib.makeOverridable (args: { v = args.v; overrideAttrs = f: { v = "attrs:" + (f { }).v; }; }) { v = "x"; }; in (r.overrideAttrs (_: { v = "y"; })).v;
  callPackagesWith = lib.mapAttrs (n: v: v.label) (lib.callPackagesWith scope ({ name, size }: { one = mkThing { inherit name; }; two = mkThing { inherit name size; }; }) { });
}
