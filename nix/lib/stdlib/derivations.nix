# Derivation helpers that do not build anything: a lazy view of a derivation with known
# outputs, optional derivation attributes and a warning on instantiation. Mirrors the
# `derivations` family of nixpkgs' lib.
{ lib }:
let
  b = builtins;

  /**
    " at <file>:<line>" of attribute `attrName` of `v`, or "".
  */
  posSuffix =
    prefix: attrName: v:
    let
      pos = b.unsafeGetAttrPos attrName v;
    in
    if pos == null then "" else "${prefix}${pos.file}:${toString pos.line}:${toString pos.column}";

  /**
    " at <file>:<line>" of a package's definition, or "".
  */
  packagePosSuffix =
    prefix: pkg:
    if pkg ? meta.position && b.isString pkg.meta.position then "${prefix}${pkg.meta.position}" else "";
  oneLine = lib.generators.toPretty { multiline = false; };
in
{
  inherit (b) addDrvOutputDependencies unsafeDiscardOutputDependency;

  /**
    A derivation-shaped set whose attribute names are known without evaluating
    `derivation` (its `outputs` must be given and must match).

    # Type

    ```
    lazyDerivation :: { derivation; meta ? null; passthru ? {}; outputs ? [string]; } -> derivation
    ```
  */
  lazyDerivation =
    args@{
      derivation,
      meta ? null,
      passthru ? { },
      outputs ? [ "out" ],
    }:
    let
      checked =
        lib.trivial.throwIfNot (derivation.type or null == "derivation")
          "lazyDerivation: input must be a derivation."
          lib.trivial.throwIfNot
          (derivation.outputs == outputs)
          ''
            lib.lazyDerivation: The derivation ${derivation.name or "<unknown>"} has outputs that don't match the assumed outputs.
            Assumed outputs passed to lazyDerivation${posSuffix ",\n    at " "outputs" args}:
                ${oneLine outputs};
            Actual outputs of the derivation${packagePosSuffix ",\n    defined at " derivation}:
                ${oneLine derivation.outputs}
            If the outputs are known ahead of evaluating the derivation,
            then update the lazyDerivation call to match the actual outputs, in the same order.
            If lazyDerivation is passed a literal value, just change it to the actual outputs.
            As a result it will work as before / as intended.
            Otherwise, when the outputs are dynamic and can't be known ahead of time, it won't
            be possible to add laziness, but lib.lazyDerivation may still be useful for trimming
            the attributes.
            If you want to keep trimming the attributes, make sure that the package is in a
            variable (don't evaluate it twice!) and pass the variable and its outputs attribute
            to lib.lazyDerivation. This largely defeats laziness, but keeps the trimming.
            If none of the above works for you, replace the lib.lazyDerivation call by the
            expression in the derivation argument.
          ''
          derivation;
    in
    {
      type = "derivation";
      inherit (checked)
        outPath
        outputName
        drvPath
        name
        system
        ;
      inherit outputs;
      meta = args.meta or checked.meta;
    }
    // lib.attrsets.genAttrs outputs (o: checked.${o})
    // passthru;

  /**
    `value` when `cond` holds, else null (derivation attributes that are null are omitted).

    # Type

    ```
    optionalDrvAttr :: bool -> a -> (a | null)
    ```
  */
  optionalDrvAttr = cond: value: if cond then value else null;

  /**
    A derivation that warns `msg` when its paths or build attributes are used.

    # Type

    ```
    warnOnInstantiate :: string -> derivation -> derivation
    ```
  */
  warnOnInstantiate =
    msg: drv:
    drv
    // b.mapAttrs (_: lib.trivial.warn msg) (
      removeAttrs drv [
        "meta"
        "name"
        "type"
        "outputName"
      ]
    )
    // (
      if drv ? overrideAttrs && b.isFunction drv.overrideAttrs then
        { overrideAttrs = x: lib.derivations.warnOnInstantiate msg (drv.overrideAttrs x); }
      else
        { }
    );
}
