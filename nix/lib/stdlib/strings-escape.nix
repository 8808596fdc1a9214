# Escaping strings for other languages (shell, regex, Nix, XML, URLs, C), shell variable
# declarations, derivation-name sanitising and configure/CMake/Meson flag builders. Part of
# `lib.strings` (merged in by ./strings.nix), as in nixpkgs.
{ lib }:
let
  b = builtins;
  inherit (b) replaceStrings match;

  # Tab, newline, carriage return and the printable ASCII range 32..126, keyed by character.
  printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  asciiTable =
    {
      "\t" = 9;
      "\n" = 10;
      "\r" = 13;
    }
    // b.listToAttrs (
      b.genList (i: {
        name = b.substring i 1 printable;
        value = 32 + i;
      }) (b.stringLength printable)
    );

  /**
    The characters of a string.
  */
  chars = s: b.genList (i: b.substring i 1 s) (b.stringLength s);

  /**
    A byte as two hexadecimal digits.
  */
  hex2 = n: lib.strings.fixedWidthString 2 "0" (lib.trivial.toHexString n);

  urlUnreserved = chars "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
  urlEscaped = removeAttrs asciiTable urlUnreserved;

  nixKeywords = [
    "assert"
    "else"
    "if"
    "in"
    "inherit"
    "let"
    "or"
    "rec"
    "then"
    "with"
  ];

  cmakeTypes = [
    "BOOL"
    "FILEPATH"
    "PATH"
    "STRING"
    "INTERNAL"
    "LIST"
  ];

  self = {
    /**
      The code of an ASCII character (tab, newline, CR and printable characters).

      # Type

      ```
      charToInt :: string -> int
      ```
    */
    charToInt = c: b.getAttr c asciiTable;

    /**
      Backslash-escape every character of `list` in a string.

      # Type

      ```
      escape :: [string] -> string -> string
      ```
    */
    escape = list: replaceStrings list (map (c: "\\${c}") list);

    /**
      Escape the given characters as C-style `\xNN` sequences.

      # Type

      ```
      escapeC :: [string] -> string -> string
      ```
    */
    escapeC = list: replaceStrings list (map (c: "\\x${lib.strings.toLower (hex2 asciiTable.${c})}") list);

    /**
      Percent-encode every character outside the URL "unreserved" set.

      # Type

      ```
      escapeURL :: string -> string
      ```
    */
    escapeURL = replaceStrings (b.attrNames urlEscaped) (
      map (c: "%${hex2 c}") (b.attrValues urlEscaped)
    );

    /**
      Quote a value for a POSIX shell; safe words are left unquoted.

      # Type

      ```
      escapeShellArg :: string -> string
      ```
    */
    escapeShellArg =
      arg:
      let
        s = toString arg;
      in
      if match "[[:alnum:],._+:@%/-]+" s != null then s else "'${replaceStrings [ "'" ] [ "'\\''" ] s}'";

    /**
      Quote each value and join with spaces.

      # Type

      ```
      escapeShellArgs :: [string] -> string
      ```
    */
    escapeShellArgs = args: b.concatStringsSep " " (map self.escapeShellArg args);

    /**
      Whether a string is a valid POSIX shell variable name.

      # Type

      ```
      isValidPosixName :: string -> bool
      ```
    */
    isValidPosixName = name: match "[a-zA-Z_][a-zA-Z0-9_]*" name != null;

    /**
      A bash declaration of a variable: scalars as `name=value`, lists as indexed arrays,
      attribute sets as associative arrays.

      # Type

      ```
      toShellVar :: string -> any -> string
      ```
    */
    toShellVar =
      name: value:
      lib.trivial.throwIfNot (self.isValidPosixName name)
        "toShellVar: ${name} is not a valid shell variable name"
        (
          if b.isAttrs value && !(lib.strings.isStringLike value) then
            "declare -A ${name}=(${
              b.concatStringsSep " " (
                lib.attrsets.mapAttrsToList (k: v: "[${self.escapeShellArg k}]=${self.escapeShellArg v}") value
              )
            })"
          else if b.isList value then
            "declare -a ${name}=(${self.escapeShellArgs value})"
          else
            "${name}=${self.escapeShellArg value}"
        );

    /**
      One `toShellVar` line per attribute.

      # Type

      ```
      toShellVars :: AttrSet -> string
      ```
    */
    toShellVars = vars: b.concatStringsSep "\n" (lib.attrsets.mapAttrsToList self.toShellVar vars);

    /**
      A Nix string literal denoting the given string.

      # Type

      ```
      escapeNixString :: string -> string
      ```
    */
    escapeNixString = s: self.escape [ "$" ] (b.toJSON s);

    /**
      Escape POSIX extended-regex metacharacters.

      # Type

      ```
      escapeRegex :: string -> string
      ```
    */
    escapeRegex = self.escape (chars "\\[{()^$?*+|.");

    /**
      A Nix attribute name: bare when it is a plain identifier, quoted otherwise.

      # Type

      ```
      escapeNixIdentifier :: string -> string
      ```
    */
    escapeNixIdentifier =
      s:
      if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null && !(b.elem s nixKeywords) then
        s
      else
        self.escapeNixString s;

    /**
      Escape the five XML special characters.

      # Type

      ```
      escapeXML :: string -> string
      ```
    */
    escapeXML = replaceStrings [ "\"" "'" "<" ">" "&" ] [ "&quot;" "&apos;" "&lt;" "&gt;" "&amp;" ];

    /**
      A string made valid as a derivation name (at most 207 characters of `[A-Za-z0-9+._?=-]`,
      not starting with a dot).

      # Type

      ```
      sanitizeDerivationName :: string -> string
      ```
    */
    sanitizeDerivationName =
      string:
      if b.stringLength string <= 207 && match "[[:alnum:]+_?=-][[:alnum:]+._?=-]*" string != null then
        b.unsafeDiscardStringContext string
      else
        let
          plain = b.unsafeDiscardStringContext string;
          noDots = b.head (match "\\.*(.*)" plain);
          dashed = b.concatStringsSep "" (
            map (p: if b.isList p then "-" else p) (b.split "[^[:alnum:]+._?=-]+" noDots)
          );
          n = b.stringLength dashed;
          short = b.substring (lib.trivial.max (n - 207) 0) (-1) dashed;
        in
        if short == "" then "unknown" else short;

    /**
      A CMake `-D` flag with an explicit type.

      # Type

      ```
      cmakeOptionType :: string -> string -> string -> string
      ```
    */
    cmakeOptionType =
      type: feature: value:
      assert (b.elem (lib.strings.toUpper type) cmakeTypes);
      assert (b.isString feature);
      assert (b.isString value);
      "-D${feature}:${lib.strings.toUpper type}=${value}";

    /**
      A CMake boolean flag (`-DNAME:BOOL=TRUE`).

      # Type

      ```
      cmakeBool :: string -> bool -> string
      ```
    */
    cmakeBool =
      condition: flag:
      assert (b.isString condition);
      assert (b.isBool flag);
      self.cmakeOptionType "bool" condition (lib.strings.toUpper (lib.trivial.boolToString flag));

    /**
      A CMake string flag.

      # Type

      ```
      cmakeFeature :: string -> string -> string
      ```
    */
    cmakeFeature =
      feature: value:
      assert (b.isString feature);
      assert (b.isString value);
      self.cmakeOptionType "string" feature value;

    /**
      A Meson `-D` option.

      # Type

      ```
      mesonOption :: string -> string -> string
      ```
    */
    mesonOption =
      feature: value:
      assert (b.isString feature);
      assert (b.isString value);
      "-D${feature}=${value}";

    /**
      A Meson boolean option.

      # Type

      ```
      mesonBool :: string -> bool -> string
      ```
    */
    mesonBool =
      condition: flag:
      assert (b.isString condition);
      assert (b.isBool flag);
      self.mesonOption condition (lib.trivial.boolToString flag);

    /**
      A Meson feature option (`enabled`/`disabled`).

      # Type

      ```
      mesonEnable :: string -> bool -> string
      ```
    */
    mesonEnable =
      feature: flag:
      assert (b.isString feature);
      assert (b.isBool flag);
      self.mesonOption feature (if flag then "enabled" else "disabled");

    /**
      `--enable-feature` or `--disable-feature`.

      # Type

      ```
      enableFeature :: bool -> string -> string
      ```
    */
    enableFeature =
      flag: feature:
      assert b.isBool flag;
      assert b.isString feature;
      "--${if flag then "enable" else "disable"}-${feature}";

    /**
      `--enable-feature=value` or `--disable-feature`.

      # Type

      ```
      enableFeatureAs :: bool -> string -> string -> string
      ```
    */
    enableFeatureAs =
      flag: feature: value:
      self.enableFeature flag feature + (if flag then "=${value}" else "");

    /**
      `--with-feature` or `--without-feature`.

      # Type

      ```
      withFeature :: bool -> string -> string
      ```
    */
    withFeature =
      flag: feature:
      assert b.isString feature;
      "--${if flag then "with" else "without"}-${feature}";

    /**
      `--with-feature=value` or `--without-feature`.

      # Type

      ```
      withFeatureAs :: bool -> string -> string -> string
      ```
    */
    withFeatureAs =
      flag: feature: value:
      self.withFeature flag feature + (if flag then "=${value}" else "");
  };
in
self
