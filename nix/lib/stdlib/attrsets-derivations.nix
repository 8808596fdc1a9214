# Attribute-set helpers, part 3 of 3 (see attrsets.nix): derivations and their outputs.
# Recognising a derivation, turning a store path into one, picking an output (getBin, getDev,
# getLib, ...) and marking sets for nix-env / Hydra to recurse into or not.
{
  lib,
  self,
}:
let
  b = builtins;
in
{
  /**
    Whether a value is a derivation (`type == "derivation"`).

    # Type

    ```
    isDerivation :: a -> bool
    ```
  */
  isDerivation = value: value.type or null == "derivation";

  /**
    A minimal derivation-like set for an existing store path.

    # Type

    ```
    toDerivation :: path -> derivation
    ```
  */
  toDerivation =
    path:
    let
      storePath = b.storePath path;
      drv = {
        type = "derivation";
        name = lib.strings.sanitizeDerivationName (b.substring 33 (-1) (baseNameOf storePath));
        outPath = storePath;
        outputs = [ "out" ];
        out = drv;
        outputName = "out";
      };
    in
    drv;

  /**
    The given output of a package (or `out`, or the package itself), unless the package
    already names a specific output.

    # Type

    ```
    getOutput :: string -> derivation -> derivation
    ```
  */
  getOutput =
    output: pkg:
    if pkg.outputSpecified or false then pkg else pkg.${output} or pkg.out or pkg;

  /**
    The first of the candidate outputs the package has (or the package itself).

    # Type

    ```
    getFirstOutput :: [string] -> derivation -> derivation
    ```
  */
  getFirstOutput =
    candidates: pkg:
    let
      present = b.filter (n: pkg ? ${n}) candidates;
    in
    if pkg.outputSpecified or false || present == [ ] then pkg else pkg.${b.head present};

  /**
    The `bin` output.
  */
  getBin = self.getOutput "bin";

  /**
    The `lib` output.
  */
  getLib = self.getOutput "lib";

  /**
    The `static` output, else `lib`, else `out`.
  */
  getStatic = self.getFirstOutput [
    "static"
    "lib"
    "out"
  ];

  /**
    The `dev` output.
  */
  getDev = self.getOutput "dev";

  /**
    The `include` output, else `dev`, else `out`.
  */
  getInclude = self.getFirstOutput [
    "include"
    "dev"
    "out"
  ];

  /**
    The `man` output.
  */
  getMan = self.getOutput "man";

  /**
    The `dev` output of each package.
  */
  chooseDevOutputs = map self.getDev;

  /**
    Mark a set so that nix-env / hydra look inside it for derivations.

    # Type

    ```
    recurseIntoAttrs :: AttrSet -> AttrSet
    ```
  */
  recurseIntoAttrs = attrs: attrs // { recurseForDerivations = true; };

  /**
    Undo `recurseIntoAttrs`.

    # Type

    ```
    dontRecurseIntoAttrs :: AttrSet -> AttrSet
    ```
  */
  dontRecurseIntoAttrs = attrs: attrs // { recurseForDerivations = false; };
}
