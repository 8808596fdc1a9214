# Option types, part 1 of 3 (see types.nix): the scalars. raw, anything and unspecified take
# any value; bool, the integers and floats, strings (with their separators and patterns), paths,
# packages, attribute sets and enums check one kind of value and mostly merge by equality.
{
  types,
  mergeEqualOption,
  mergeOneOption,
  showOption,
  showFiles,
  getFiles,
  getValues,
  isStringLike,
  isDerivation,
  isStorePath,
  phrase,
  nounOrConjunction,
  defaultFunctor,
  showEnumValue,
}:
let
  inherit (builtins)
    concatStringsSep
    elem
    filter
    foldl'
    head
    isAttrs
    isBool
    isFloat
    isInt
    isString
    length
    match
    substring
    toJSON
    typeOf
    ;
  inherit (types)
    mkOptionType
    addCheck
    anything
    int
    ints
    float
    number
    str
    strMatching
    separatedString
    package
    enum
    attrsOf
    either
    ;
in
{
  raw = mkOptionType {
    name = "raw";
    description = "raw value";
    descriptionClass = "noun";
    merge = mergeOneOption;
  };

  anything = mkOptionType {
    name = "anything";
    description = "anything";
    descriptionClass = "noun";
    merge =
      loc: defs:
      let
        kindOf = value: if isAttrs value && isStringLike value then "stringCoercibleSet" else typeOf value;
        kind = foldl' (
          k: def:
          if kindOf def.value == k then
            k
          else
            throw "The option `${showOption loc}' has conflicting option types in ${showFiles (getFiles defs)}"
        ) (kindOf (head defs).value) defs;
      in
      if kind == "set" then
        (attrsOf anything).merge loc defs
      else if kind == "stringCoercibleSet" then
        mergeOneOption loc defs
      else if kind == "lambda" then
        arg:
        anything.merge (loc ++ [ "<function body>" ]) (
          map (def: {
            inherit (def) file;
            value = def.value arg;
          }) defs
        )
      else
        mergeEqualOption loc defs;
  };

  unspecified = mkOptionType {
    name = "unspecified";
    description = "unspecified value";
    descriptionClass = "noun";
  };

  bool = mkOptionType {
    name = "bool";
    description = "boolean";
    descriptionClass = "noun";
    check = isBool;
    merge = mergeEqualOption;
  };

  boolByOr = mkOptionType {
    name = "boolByOr";
    description = "boolean (merged using or)";
    descriptionClass = "noun";
    check = isBool;
    merge = loc: defs: foldl' (a: def: a || def.value) false defs;
  };

  int = mkOptionType {
    name = "int";
    description = "signed integer";
    descriptionClass = "noun";
    check = isInt;
    merge = mergeEqualOption;
  };

  ints =
    let
      betweenDesc = lo: hi: "${toString lo} and ${toString hi} (both inclusive)";
      between =
        lo: hi:
        if lo > hi then
          throw "ints.between: lowest must be smaller than highest"
        else
          addCheck int (x: x >= lo && x <= hi)
          // {
            name = "intBetween";
            description = "integer between ${betweenDesc lo hi}";
          };
      sized =
        bits: lo: hi:
        addCheck int (x: x >= lo && x <= hi)
        // {
          name = "${if lo == 0 then "unsignedInt" else "signedInt"}${toString bits}";
          description = "${toString bits} bit ${if lo == 0 then "unsigned" else "signed"} integer; between ${betweenDesc lo hi}";
        };
    in
    {
      inherit between;
      unsigned = addCheck int (x: x >= 0) // {
        name = "unsignedInt";
        description = "unsigned integer, meaning >=0";
        descriptionClass = "nonRestrictiveClause";
      };
      positive = addCheck int (x: x > 0) // {
        name = "positiveInt";
        description = "positive integer, meaning >0";
        descriptionClass = "nonRestrictiveClause";
      };
      u8 = sized 8 0 255;
      u16 = sized 16 0 65535;
      u32 = sized 32 0 4294967295;
      s8 = sized 8 (-128) 127;
      s16 = sized 16 (-32768) 32767;
      s32 = sized 32 (-2147483648) 2147483647;
    };

  port = ints.u16;

  float = mkOptionType {
    name = "float";
    description = "floating point number";
    descriptionClass = "noun";
    check = isFloat;
    merge = mergeEqualOption;
  };

  number = either int float;

  numbers =
    let
      betweenDesc = lo: hi: "${builtins.toJSON lo} and ${builtins.toJSON hi} (both inclusive)";
    in
    {
      between =
        lo: hi:
        addCheck number (x: x >= lo && x <= hi)
        // {
          name = "numberBetween";
          description = "integer or floating point number between ${betweenDesc lo hi}";
        };
      nonnegative = addCheck number (x: x >= 0) // {
        name = "numberNonnegative";
        description = "nonnegative integer or floating point number, meaning >=0";
      };
      positive = addCheck number (x: x > 0) // {
        name = "numberPositive";
        description = "positive integer or floating point number, meaning >0";
      };
    };

  str = mkOptionType {
    name = "str";
    description = "string";
    descriptionClass = "noun";
    check = isString;
    merge = mergeEqualOption;
  };

  nonEmptyStr = mkOptionType {
    name = "nonEmptyStr";
    description = "non-empty string";
    descriptionClass = "noun";
    check = x: str.check x && match "[[:space:]]*" x == null;
    merge = mergeEqualOption;
  };

  singleLineStr = mkOptionType {
    name = "singleLineStr";
    description = "(optionally newline-terminated) single-line string";
    descriptionClass = "noun";
    check = x: str.check x && match "[^\n\r]*\n?" x != null;
    merge =
      loc: defs:
      let
        value = mergeEqualOption loc defs;
        n = builtins.stringLength value;
      in
      if n > 0 && substring (n - 1) 1 value == "\n" then substring 0 (n - 1) value else value;
  };

  /**
    A string that matches the regular expression `pattern`.
  */
  strMatching =
    pattern:
    mkOptionType {
      name = "strMatching ${toJSON pattern}";
      description = "string matching the pattern ${pattern}";
      descriptionClass = "noun";
      check = x: str.check x && match pattern x != null;
      merge = mergeEqualOption;
      functor = defaultFunctor "strMatching" // {
        type = payload: strMatching payload.pattern;
        payload = {
          inherit pattern;
        };
        binOp = a: b: if a == b then a else null;
      };
    };

  /**
    Strings, several definitions joined with `sep`.
  */
  separatedString =
    sep:
    mkOptionType {
      name = "separatedString";
      description = if sep == "" then "Concatenated string" else "strings concatenated with ${toJSON sep}";
      descriptionClass = "noun";
      check = isString;
      merge = loc: defs: concatStringsSep sep (getValues defs);
      functor = defaultFunctor "separatedString" // {
        type = separatedString;
        payload = sep;
        binOp = a: b: if a == b then a else null;
      };
    };

  lines = separatedString "\n";
  commas = separatedString ",";
  envVar = separatedString ":";

  string = throw "The type `types.string` is deprecated. See https://github.com/NixOS/nixpkgs/pull/66346 for better alternative types.";

  /**
    A value of `entryType` that may appear in /etc/passwd: no `:` and no newline.
  */
  passwdEntry =
    entryType:
    addCheck entryType (x: match ".*[:\n].*" x == null)
    // {
      name = "passwdEntry ${entryType.name}";
      description = "${phrase nounOrConjunction entryType}, not containing newlines or colons";
    };

  attrs = mkOptionType {
    name = "attrs";
    description = "attribute set";
    check = isAttrs;
    merge = loc: foldl' (res: def: res // def.value) { };
    emptyValue = {
      value = { };
    };
  };

  package = mkOptionType {
    name = "package";
    description = "package";
    descriptionClass = "noun";
    check = x: isDerivation x || isStorePath x;
    merge = mergeOneOption;
  };

  shellPackage = package // {
    /**
      Whether `x` is a package with a `shellPath`.
    */
    check = x: isDerivation x && x ? shellPath;
  };

  path = mkOptionType {
    name = "path";
    description = "absolute path";
    descriptionClass = "noun";
    check = x: isStringLike x && substring 0 1 (toString x) == "/";
    merge = mergeEqualOption;
  };

  pathInStore = mkOptionType {
    name = "path";
    description = "path in the Nix store";
    descriptionClass = "noun";
    check = x: isStringLike x && match "${builtins.storeDir}/[^.].+" (toString x) != null;
    merge = mergeEqualOption;
  };

  /**
    One of `values`; two enums of one option merge to the union of their values.
  */
  enum =
    values:
    mkOptionType {
      name = "enum";
      description =
        if values == [ ] then
          "impossible (empty enum)"
        else if length values == 1 then
          "value ${showEnumValue (head values)} (singular enum)"
        else
          "one of ${concatStringsSep ", " (map showEnumValue values)}";
      descriptionClass = if length values < 2 then "noun" else "conjunction";
      check = x: elem x values;
      merge = mergeEqualOption;
      functor = defaultFunctor "enum" // {
        type = payload: enum payload.values;
        payload = {
          inherit values;
        };
        binOp = a: b: { values = a.values ++ filter (v: !(elem v a.values)) b.values; };
      };
    };

}
