# String helpers: concatenation, searching, splitting, trimming, case, prefixes and suffixes,
# parsing numbers, package names and versions. Mirrors the `strings` family of nixpkgs' lib.
# Escaping, shell variables and build-flag helpers live in ./strings-escape.nix and are merged
# in here, so `lib.strings` is one attribute set as in nixpkgs.
{ lib }:
let
  b = builtins;
  inherit (b)
    stringLength
    substring
    isString
    isPath
    match
    ;
  escapes = import ./strings-escape.nix { inherit lib; };
  inherit (escapes) escapeRegex escapeNixString;

  /**
    Warn (nixpkgs does too) when a path is passed where a string prefix/suffix/infix is meant.
  */
  pathArgWarning =
    fn: what: arg:
    lib.trivial.warnIf (isPath arg) (
      ''
        lib.strings.${fn}: The first argument (${toString arg}) is a path value, but only strings are supported.
            There is almost certainly a bug in the calling code, since this function ${what} in such a case.
            This function also copies the path to the Nix store, which may not be what you want.
            This behavior is deprecated and will throw an error in the future.''
      + lib.strings.optionalString (fn == "hasPrefix") "\n    You might want to use `lib.path.hasPrefix` instead, which correctly supports paths."
    );

  whitespace = " \t\r\n";

  # Search paths (strings-paths.nix), package names and versions (strings-packages.nix) and
  # conversions (strings-conversions.nix) live in files of their own; each gets this family as
  # `self`, so they call each other as one attribute set would.
  self =
    escapes
    // import ./strings-paths.nix { inherit lib self; }
    // import ./strings-packages.nix { inherit lib self; }
    // import ./strings-conversions.nix {
      inherit
        lib
        self
        escapeNixString
        ;
    }
    // {
    inherit (b)
      compareVersions
      elem
      elemAt
      filter
      fromJSON
      genList
      head
      isInt
      isList
      isAttrs
      isPath
      isString
      match
      parseDrvName
      readFile
      replaceStrings
      split
      storeDir
      stringLength
      substring
      tail
      toJSON
      typeOf
      unsafeDiscardStringContext
      appendContext
      concatStringsSep
      ;

    /**
      Join strings with a separator (alias of `concatStringsSep`).

      # Type

      ```
      join :: string -> [string] -> string
      ```
    */
    join = b.concatStringsSep;

    /**
      Concatenate a list of strings.

      # Type

      ```
      concatStrings :: [string] -> string
      ```
    */
    concatStrings = b.concatStringsSep "";

    /**
      Map each element to a string and concatenate.

      # Type

      ```
      concatMapStrings :: (a -> string) -> [a] -> string
      ```
    */
    concatMapStrings = f: list: b.concatStringsSep "" (map f list);

    /**
      Like `concatMapStrings` with a 1-based index: `f index element`.

      # Type

      ```
      concatImapStrings :: (int -> a -> string) -> [a] -> string
      ```
    */
    concatImapStrings = f: list: b.concatStringsSep "" (lib.lists.imap1 f list);

    /**
      Put `separator` between the elements of a list.

      # Type

      ```
      intersperse :: a -> [a] -> [a]
      ```
    */
    intersperse =
      separator: list:
      if list == [ ] || b.length list == 1 then
        list
      else
        b.tail (
          b.concatMap (x: [
            separator
            x
          ]) list
        );

    /**
      Map each element to a string and join with a separator.

      # Type

      ```
      concatMapStringsSep :: string -> (a -> string) -> [a] -> string
      ```
    */
    concatMapStringsSep =
      sep: f: list:
      b.concatStringsSep sep (map f list);

    /**
      Like `concatMapStringsSep` with a 1-based index.

      # Type

      ```
      concatImapStringsSep :: string -> (int -> a -> string) -> [a] -> string
      ```
    */
    concatImapStringsSep =
      sep: f: list:
      b.concatStringsSep sep (lib.lists.imap1 f list);

    /**
      Map each attribute (`f name value`) to a string and join with a separator.

      # Type

      ```
      concatMapAttrsStringSep :: string -> (string -> a -> string) -> AttrSet -> string
      ```
    */
    concatMapAttrsStringSep =
      sep: f: attrs:
      b.concatStringsSep sep (b.attrValues (b.mapAttrs f attrs));

    /**
      Join lines with "\n", ending in a newline; empty for no lines.

      # Type

      ```
      concatLines :: [string] -> string
      ```
    */
    concatLines = lines: if lines == [ ] then "" else b.concatStringsSep "\n" lines + "\n";

    /**
      Replace every occurrence of one string.

      # Type

      ```
      replaceString :: string -> string -> string -> string
      ```
    */
    replaceString = from: to: b.replaceStrings [ from ] [ to ];

    /**
      A string repeated `n` times.

      # Type

      ```
      replicate :: int -> string -> string
      ```
    */
    replicate = n: s: b.concatStringsSep "" (b.genList (_: s) n);

    /**
      Remove leading and trailing whitespace (space, tab, CR, LF).

      # Type

      ```
      trim :: string -> string
      ```
    */
    trim = self.trimWith {
      start = true;
      end = true;
    };

    /**
      Remove whitespace from the start and/or end of a string.

      # Type

      ```
      trimWith :: { start :: bool; end :: bool; } -> string -> string
      ```
    */
    trimWith =
      {
        start ? false,
        end ? false,
      }:
      let
        ws = "[${whitespace}]*";
        keepLast = "[^${whitespace}]";
        pattern =
          if start && end then
            "${ws}(.*${keepLast})${ws}"
          else if start then
            "${ws}(.*)"
          else if end then
            "(.*${keepLast})${ws}"
          else
            "(.*)";
      in
      s:
      let
        m = match pattern s;
      in
      if m == null then "" else b.head m;

    /**
      `string` when `cond` holds, else "".

      # Type

      ```
      optionalString :: bool -> string -> string
      ```
    */
    optionalString = cond: string: if cond then string else "";

    /**
      Whether `str` starts with `pref`.

      # Type

      ```
      hasPrefix :: string -> string -> bool
      ```
    */
    hasPrefix =
      pref: str:
      pathArgWarning "hasPrefix" "always returns `false`" pref (
        substring 0 (stringLength pref) str == pref
      );

    /**
      Whether `content` ends with `suffix`.

      # Type

      ```
      hasSuffix :: string -> string -> bool
      ```
    */
    hasSuffix =
      suffix: content:
      let
        n = stringLength content;
        k = stringLength suffix;
      in
      pathArgWarning "hasSuffix" "always returns `false`" suffix (
        n >= k && substring (n - k) n content == suffix
      );

    /**
      Whether `infix` occurs in `content`.

      # Type

      ```
      hasInfix :: string -> string -> bool
      ```
    */
    hasInfix =
      infix: content:
      pathArgWarning "hasInfix" "always returns `false`" infix (
        match ".*${escapeRegex infix}.*" "${content}" != null
      );

    /**
      The characters of a string as a list of one-character strings.

      # Type

      ```
      stringToCharacters :: string -> [string]
      ```
    */
    stringToCharacters = s: b.genList (i: substring i 1 s) (stringLength s);

    /**
      Map every character through `f` and concatenate the results.

      # Type

      ```
      stringAsChars :: (string -> string) -> string -> string
      ```
    */
    stringAsChars = f: s: b.concatStringsSep "" (map f (self.stringToCharacters s));

    /**
      Lower-case letters a-z as a list.
    */
    lowerChars = self.stringToCharacters "abcdefghijklmnopqrstuvwxyz";

    /**
      Upper-case letters A-Z as a list.
    */
    upperChars = self.stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /**
      ASCII lower-casing.

      # Type

      ```
      toLower :: string -> string
      ```
    */
    toLower = b.replaceStrings self.upperChars self.lowerChars;

    /**
      ASCII upper-casing.

      # Type

      ```
      toUpper :: string -> string
      ```
    */
    toUpper = b.replaceStrings self.lowerChars self.upperChars;

    /**
      First character upper-case, the rest lower-case.

      # Type

      ```
      toSentenceCase :: string -> string
      ```
    */
    toSentenceCase =
      str:
      lib.trivial.throwIfNot (isString str)
        "toSentenceCase does only accepts string values, but got ${b.typeOf str}"
        (
          self.addContextFrom str (
            self.toUpper (substring 0 1 str) + self.toLower (substring 1 (stringLength str) str)
          )
        );

    /**
      Convert "kebab-case", "snake_case", "space separated" or "PascalCase" to "camelCase".

      # Type

      ```
      toCamelCase :: string -> string
      ```
    */
    toCamelCase =
      str:
      lib.trivial.throwIfNot (isString str)
        "toCamelCase does only accepts string values, but got ${b.typeOf str}"
        (
          let
            words = self.splitStringBy (_: c: c == "-" || c == "_" || c == " ") false str;
            humps = lib.lists.flatten (
              map (self.splitStringBy (p: c: match "[a-z]" p != null && match "[A-Z]" c != null) true) words
            );
            n = b.length humps;
            first = if n > 0 then self.toLower (b.head humps) else "";
            rest = if n > 1 then map self.toSentenceCase (b.tail humps) else [ ];
          in
          b.concatStringsSep "" (map (self.addContextFrom str) ([ first ] ++ rest))
        );

    /**
      `target` with the string context of `src` added.

      # Type

      ```
      addContextFrom :: string -> string -> string
      ```
    */
    addContextFrom = src: target: substring 0 0 src + target;

    /**
      Split a string at every occurrence of a (literal) separator.

      # Type

      ```
      splitString :: string -> string -> [string]
      ```
    */
    splitString =
      sep: s:
      map (self.addContextFrom s) (
        b.filter isString (b.split (escapeRegex (toString sep)) (toString s))
      );

    /**
      Split where `predicate previousChar currentChar` holds; with `keepSplit` the split
      character starts the next part, otherwise it is dropped.

      # Type

      ```
      splitStringBy :: (string -> string -> bool) -> bool -> string -> [string]
      ```
    */
    splitStringBy =
      predicate: keepSplit: str:
      let
        len = stringLength str;
        step =
          acc: pos:
          let
            c = substring pos 1 str;
            prev = if pos > 0 then substring (pos - 1) 1 str else "";
          in
          if predicate prev c then
            {
              done = acc.done ++ [ acc.part ];
              part = if keepSplit then c else "";
            }
          else
            acc // { part = acc.part + c; };
        final = b.foldl' step {
          done = [ ];
          part = "";
        } (b.genList (i: i) len);
      in
      if len == 0 then
        [ (self.addContextFrom str "") ]
      else
        map (self.addContextFrom str) (final.done ++ [ final.part ]);

    /**
      `str` without `prefix` when it starts with it.

      # Type

      ```
      removePrefix :: string -> string -> string
      ```
    */
    removePrefix =
      prefix: str:
      pathArgWarning "removePrefix" "never removes any prefix" prefix (
        let
          k = stringLength prefix;
        in
        if substring 0 k str == prefix then substring k (-1) str else str
      );

    /**
      `str` without `suffix` when it ends with it.

      # Type

      ```
      removeSuffix :: string -> string -> string
      ```
    */
    removeSuffix =
      suffix: str:
      pathArgWarning "removeSuffix" "never removes any suffix" suffix (
        let
          k = stringLength suffix;
          n = stringLength str;
        in
        if k <= n && substring (n - k) k str == suffix then substring 0 (n - k) str else str
      );
  }
  // import ./strings-distance.nix { inherit lib; };
in
self
