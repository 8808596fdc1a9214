# Small general-purpose helpers: combinators (id, const, flip, pipe), boolean and arithmetic
# operators as functions, warnings and guards (warn, throwIf), function-argument reflection
# (functionArgs, setFunctionArgs) and the release identity of this lib (`lib.version`).
# Mirrors the `trivial` family of nixpkgs' lib; every value here is built from builtins only.
{ lib }:
let
  b = builtins;

  # The release this lib answers to; host modules compare against it (versionAtLeast lib.version).
  releaseString = "26.11";
  suffix = "pre-git";

  /**
    The hexadecimal digit of `d` (0 to 15).
  */
  hexDigit = d: b.substring d 1 "0123456789ABCDEF";
in
{
  inherit (b)
    pathExists
    readFile
    isBool
    isInt
    isFloat
    add
    sub
    mul
    div
    lessThan
    seq
    deepSeq
    genericClosure
    bitAnd
    bitOr
    bitXor
    ceil
    floor
    ;

  /**
    The identity function.

    # Type

    ```
    id :: a -> a
    ```
  */
  id = x: x;

  /**
    A function that ignores its second argument and returns the first.

    # Type

    ```
    const :: a -> b -> a
    ```
  */
  const = value: _ignored: value;

  /**
    Feed `value` through a list of functions, first to last.

    # Type

    ```
    pipe :: a -> [ (a -> a) ] -> a
    ```
  */
  pipe = value: fns: b.foldl' (acc: fn: fn acc) value fns;

  /**
    List concatenation as a function.

    # Type

    ```
    concat :: [a] -> [a] -> [a]
    ```
  */
  concat = xs: ys: xs ++ ys;

  /**
    Boolean "or" as a function.

    # Type

    ```
    or :: bool -> bool -> bool
    ```
  */
  "or" = x: y: x || y;

  /**
    Boolean "and" as a function.

    # Type

    ```
    and :: bool -> bool -> bool
    ```
  */
  and = x: y: x && y;

  /**
    Boolean exclusive or.

    # Type

    ```
    xor :: bool -> bool -> bool
    ```
  */
  xor = x: y: (!x) != (!y);

  /**
    Bitwise complement of an integer.

    # Type

    ```
    bitNot :: int -> int
    ```
  */
  bitNot = x: (-1) - x;

  /**
    `"true"` or `"false"`.

    # Type

    ```
    boolToString :: bool -> string
    ```
  */
  boolToString = flag: if flag then "true" else "false";

  /**
    `"yes"` or `"no"`.

    # Type

    ```
    boolToYesNo :: bool -> string
    ```
  */
  boolToYesNo = flag: if flag then "yes" else "no";

  /**
    Right-biased union of two attribute sets (`x // y`).

    # Type

    ```
    mergeAttrs :: AttrSet -> AttrSet -> AttrSet
    ```
  */
  mergeAttrs = x: y: x // y;

  /**
    Swap the first two arguments of a function.

    # Type

    ```
    flip :: (a -> b -> c) -> b -> a -> c
    ```
  */
  flip = f: x: y: f y x;

  /**
    `maybeValue` unless it is null, then `default`.

    # Type

    ```
    defaultTo :: a -> (a | null) -> a
    ```
  */
  defaultTo = default: maybeValue: if maybeValue == null then default else maybeValue;

  /**
    Apply `f` unless the value is null (null stays null).

    # Type

    ```
    mapNullable :: (a -> b) -> (a | null) -> (b | null)
    ```
  */
  mapNullable = f: value: if value == null then null else f value;

  /**
    The release number of this lib, e.g. `"26.11"`.
  */
  release = releaseString;

  /**
    Suffix appended to the release in `version`.
  */
  versionSuffix = suffix;

  /**
    Full version string: release plus suffix.
  */
  version = releaseString + suffix;

  /**
    The release's code name.
  */
  codeName = "Zokor";

  /**
    The oldest release (as YYMM integer) whose deprecations are still tolerated.
  */
  oldestSupportedRelease = 2511;

  /**
    Whether the oldest supported release is at least `release` (a YYMM integer).

    # Type

    ```
    oldestSupportedReleaseIsAtLeast :: int -> bool
    ```
  */
  oldestSupportedReleaseIsAtLeast = release: release <= lib.trivial.oldestSupportedRelease;

  /**
    Deprecated alias of `oldestSupportedReleaseIsAtLeast`.
  */
  isInOldestRelease =
    lib.warnIf (lib.oldestSupportedReleaseIsAtLeast 2411)
      "lib.isInOldestRelease is deprecated. Use lib.oldestSupportedReleaseIsAtLeast instead."
      lib.oldestSupportedReleaseIsAtLeast;

  /**
    The git revision of this lib, or `default` (Arbor's lib is not a git checkout of nixpkgs).

    # Type

    ```
    revisionWithDefault :: string -> string
    ```
  */
  revisionWithDefault = default: default;

  /**
    Deprecated alias of `version`.
  */
  nixpkgsVersion = lib.warn "lib.nixpkgsVersion is a deprecated alias of lib.version." lib.trivial.version;

  /**
    Whether evaluation runs inside `nix-shell` (IN_NIX_SHELL set).
  */
  inNixShell = b.getEnv "IN_NIX_SHELL" != "";

  /**
    Whether evaluation runs in pure mode (no `builtins.currentSystem`).
  */
  inPureEvalMode = !(b ? currentSystem);

  /**
    The smaller of two comparable values.

    # Type

    ```
    min :: a -> a -> a
    ```
  */
  min = x: y: if x < y then x else y;

  /**
    The larger of two comparable values.

    # Type

    ```
    max :: a -> a -> a
    ```
  */
  max = x: y: if x > y then x else y;

  /**
    Remainder of integer division, with the sign of the dividend.

    # Type

    ```
    mod :: int -> int -> int
    ```
  */
  mod = base: divisor: base - divisor * (b.div base divisor);

  /**
    Three-way comparison: -1, 0 or 1.

    # Type

    ```
    compare :: a -> a -> int
    ```
  */
  compare =
    a: c:
    if a < c then
      -1
    else if a > c then
      1
    else
      0;

  /**
    Compare with `yes` when both satisfy `p`, with `no` when neither does; values satisfying
    `p` sort first.

    # Type

    ```
    splitByAndCompare :: (a -> bool) -> (a -> a -> int) -> (a -> a -> int) -> a -> a -> int
    ```
  */
  splitByAndCompare =
    p: yes: no: x: y:
    let
      px = p x;
      py = p y;
    in
    if px && py then
      yes x y
    else if px then
      -1
    else if py then
      1
    else
      no x y;

  /**
    Read and parse a JSON file.

    # Type

    ```
    importJSON :: path -> any
    ```
  */
  importJSON = file: b.fromJSON (b.readFile file);

  /**
    Read and parse a TOML file.

    # Type

    ```
    importTOML :: path -> any
    ```
  */
  importTOML = file: b.fromTOML (b.readFile file);

  /**
    Print an evaluation warning, then return the second argument.

    # Type

    ```
    warn :: string -> a -> a
    ```
  */
  warn = b.warn;

  /**
    `warn msg` when `cond` holds, otherwise the identity.

    # Type

    ```
    warnIf :: bool -> string -> a -> a
    ```
  */
  warnIf = cond: msg: if cond then b.warn msg else x: x;

  /**
    `warn msg` unless `cond` holds.

    # Type

    ```
    warnIfNot :: bool -> string -> a -> a
    ```
  */
  warnIfNot = cond: msg: if cond then x: x else b.warn msg;

  /**
    Throw `msg` when `cond` holds, otherwise the identity.

    # Type

    ```
    throwIf :: bool -> string -> a -> a
    ```
  */
  throwIf = cond: msg: if cond then throw msg else x: x;

  /**
    Throw `msg` unless `cond` holds.

    # Type

    ```
    throwIfNot :: bool -> string -> a -> a
    ```
  */
  throwIfNot = cond: msg: if cond then x: x else throw msg;

  /**
    Throw unless every element of `given` is one of `valid`.

    # Type

    ```
    checkListOfEnum :: string -> [a] -> [a] -> b -> b
    ```
  */
  checkListOfEnum =
    msg: valid: given:
    let
      bad = b.filter (x: !(b.elem x valid)) given;
      show = xs: b.concatStringsSep ", " (map toString xs);
    in
    lib.throwIfNot (bad == [ ]) "${msg}: ${show bad} unexpected; valid ones: ${show valid}";

  /**
    Trace an informational message.

    # Type

    ```
    info :: string -> a -> a
    ```
  */
  info = msg: b.trace "INFO: ${msg}";

  /**
    Emit every warning in the list (last first, as a right fold), then return `res`.

    # Type

    ```
    showWarnings :: [string] -> a -> a
    ```
  */
  showWarnings = warnings: res: lib.foldr b.warn res warnings;

  /**
    Attach an argument signature to a function (an attribute set with `__functor`).

    # Type

    ```
    setFunctionArgs :: (a -> b) -> AttrSet -> functor
    ```
  */
  setFunctionArgs = f: args: {
    __functor = _self: f;
    __functionArgs = args;
  };

  /**
    Formal arguments of a function or functor, as `{ name = hasDefault; }`.

    # Type

    ```
    functionArgs :: (a -> b) -> AttrSet
    ```
  */
  functionArgs =
    f: if f ? __functor then f.__functionArgs or (b.functionArgs (f.__functor f)) else b.functionArgs f;

  /**
    Whether a value can be called: a lambda, a primop or a functor set.

    # Type

    ```
    isFunction :: a -> bool
    ```
  */
  isFunction = f: b.isFunction f || (f ? __functor && b.isFunction (f.__functor f));

  /**
    Give `g` the argument signature of `f`.

    # Type

    ```
    mirrorFunctionArgs :: (a -> b) -> (a -> c) -> functor
    ```
  */
  mirrorFunctionArgs =
    f:
    let
      signature = lib.trivial.functionArgs f;
    in
    g: {
      __functor = _self: g;
      __functionArgs = signature;
    };

  /**
    Turn a value into a function: functions stay, anything else becomes a constant function.

    # Type

    ```
    toFunction :: (a | (b -> a)) -> b -> a
    ```
  */
  toFunction = v: if lib.trivial.isFunction v then v else _: v;

  /**
    Parse a hexadecimal string (optionally `0x`-prefixed) into an integer.

    # Type

    ```
    fromHexString :: string -> int
    ```
  */
  fromHexString =
    str:
    let
      m = b.match "(0x)?([0-7]?[0-9A-Fa-f]{1,15})" str;
    in
    if m != null then
      (b.fromTOML "v=0x${b.elemAt m 1}").v
    else
      assert lib.warn "fromHexString: ${lib.generators.toPretty { } str
      } is not a valid input and will be rejected in 26.05" true;
      (b.fromTOML "v=0x${lib.strings.removePrefix "0x" (lib.strings.toLower str)}").v;

  /**
    Upper-case hexadecimal representation of a non-negative integer.

    # Type

    ```
    toHexString :: int -> string
    ```
  */
  toHexString = i: b.concatStringsSep "" (map hexDigit (lib.trivial.toBaseDigits 16 i));

  /**
    Digits of a non-negative integer in the given base, most significant first.

    # Type

    ```
    toBaseDigits :: int -> int -> [int]
    ```
  */
  toBaseDigits =
    base: i:
    let
      digits = n: acc: if n < base then [ n ] ++ acc else digits (n / base) ([ (n - (n / base) * base) ] ++ acc);
    in
    assert (b.isInt base);
    assert (b.isInt i);
    assert (base >= 2);
    assert (i >= 0);
    digits i [ ];
}
