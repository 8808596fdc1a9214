# String helpers, part 4 of 4 (see strings.nix): conversions. Fixed-width numbers, floats as
# strings, what can become a string (string-like values, store paths), and parsing integers.
{
  lib,
  self,
  escapeNixString,
}:
let
  b = builtins;
  inherit (b)
    stringLength
    substring
    isString
    isPath
    match
    ;
in
{
  /**
    Pad `str` on the left with `filler` to `width` characters; throws when it is longer.

    # Type

    ```
    fixedWidthString :: int -> string -> string -> string
    ```
  */
  fixedWidthString =
    width: filler: str:
    let
      n = stringLength str;
    in
    assert lib.asserts.assertMsg (n <= width)
      "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString n})";
    if n == width then str else filler + self.fixedWidthString (width - stringLength filler) filler str;

  /**
    A number zero-padded to `width` digits.

    # Type

    ```
    fixedWidthNumber :: int -> int -> string
    ```
  */
  fixedWidthNumber = width: n: self.fixedWidthString width "0" (toString n);

  /**
    `toString` of a float, warning when the result does not read back as the same float.

    # Type

    ```
    floatToString :: float -> string
    ```
  */
  floatToString =
    float:
    let
      s = toString float;
    in
    lib.trivial.warnIf (float != b.fromJSON s) "Imprecise conversion from float to string ${s}" s;

  /**
    Whether `toString` accepts the value (strings, paths, null, numbers, booleans,
    coercible sets and lists of those).

    # Type

    ```
    isConvertibleWithToString :: a -> bool
    ```
  */
  isConvertibleWithToString =
    x:
    self.isStringLike x
    || b.elem (b.typeOf x) [
      "null"
      "int"
      "float"
      "bool"
    ]
    || (b.isList x && b.all self.isConvertibleWithToString x);

  /**
    Whether a value can be interpolated into a string: a string, a path, or a set with
    `outPath` or `__toString`.

    # Type

    ```
    isStringLike :: a -> bool
    ```
  */
  isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;

  /**
    Whether a value is a store path (directly under the store directory).

    # Type

    ```
    isStorePath :: a -> bool
    ```
  */
  isStorePath =
    x:
    self.isStringLike x
    && (
      let
        s = toString x;
      in
      substring 0 1 s == "/" && (dirOf s == b.storeDir || match "/[0-9a-z]{52}" s != null)
    );

  /**
    Parse a decimal integer (surrounding whitespace allowed); throws on anything else,
    including leading zeros.

    # Type

    ```
    toInt :: string -> int
    ```
  */
  toInt =
    str:
    let
      m = match "[[:space:]]*(-?[[:digit:]]+)[[:space:]]*" str;
      digits = b.head m;
      parsed = b.fromJSON digits;
      bad = "toInt: Could not convert ${escapeNixString str} to int.";
    in
    if m == null then
      throw bad
    else if match "0[[:digit:]]+" digits == [ ] then
      throw "toInt: Ambiguity in interpretation of ${escapeNixString str} between octal and zero padded integer."
    else if !(b.isInt parsed) then
      throw bad
    else
      parsed;

  /**
    Parse a decimal integer, leading zeros allowed.

    # Type

    ```
    toIntBase10 :: string -> int
    ```
  */
  toIntBase10 =
    str:
    let
      m = match "[[:space:]]*0*(-?[[:digit:]]+)[[:space:]]*" str;
      digits = b.head m;
      parsed = b.fromJSON digits;
      bad = "toIntBase10: Could not convert ${escapeNixString str} to int.";
    in
    if m == null then
      throw bad
    else if match "0+" digits == [ ] then
      0
    else if !(b.isInt parsed) then
      throw bad
    else
      parsed;
}
