# Serialisers from Nix values to configuration formats: key=value files, INI (plain, with a
# global section, git-config style), JSON/YAML, Nix-like pretty printing, plist, Dhall and Lua.
# Mirrors the `generators` family of nixpkgs' lib (its output must match byte for byte, as
# modules write these strings into files).
{ lib }:
let
  b = builtins;
  inherit (b)
    isAttrs
    isList
    isString
    isInt
    isFloat
    isBool
    isPath
    concatStringsSep
    ;
  inherit (lib.attrsets) mapAttrsToList isDerivation;
  inherit (lib.strings) escape escapeNixIdentifier;

  self = {
    /**
      Render a scalar for a key=value file: ints, floats, strings, booleans, null and
      derivations; aborts for lists, sets and functions.

      # Type

      ```
      mkValueStringDefault :: {} -> a -> string
      ```
    */
    mkValueStringDefault =
      { }:
      v:
      let
        unsupported = what: x: abort ("generators.mkValueStringDefault: " + "${what} not supported: ${self.toPretty { } x}");
      in
      if isInt v then
        toString v
      else if isDerivation v then
        toString v
      else if isString v then
        v
      else if v == true then
        "true"
      else if v == false then
        "false"
      else if v == null then
        "null"
      else if isList v then
        unsupported "lists" v
      else if isAttrs v then
        unsupported "attrsets" v
      else if lib.trivial.isFunction v then
        unsupported "functions" v
      else if isFloat v then
        lib.strings.floatToString v
      else
        unsupported "this value is" (toString v);

    /**
      `key<sep>value`, the key with `sep` escaped.

      # Type

      ```
      mkKeyValueDefault :: { mkValueString ? (a -> string); } -> string -> string -> a -> string
      ```
    */
    mkKeyValueDefault =
      {
        mkValueString ? self.mkValueStringDefault { },
      }:
      sep: k: v:
      "${escape [ sep ] k}${sep}${mkValueString v}";

    /**
      One `key=value` line per attribute; with `listsAsDuplicateKeys` a list repeats its key.

      # Type

      ```
      toKeyValue :: AttrSet -> AttrSet -> string
      ```
    */
    toKeyValue =
      {
        mkKeyValue ? self.mkKeyValueDefault { } "=",
        listsAsDuplicateKeys ? false,
        indent ? "",
      }:
      let
        line = k: v: indent + mkKeyValue k v + "\n";
        lines =
          if listsAsDuplicateKeys then k: v: map (line k) (lib.lists.toList v) else k: v: [ (line k v) ];
      in
      attrs: concatStringsSep "" (b.concatLists (mapAttrsToList lines attrs));

    /**
      An INI file from a set of sections (each a set of keys), sections separated by blank
      lines.

      # Type

      ```
      toINI :: AttrSet -> AttrSet -> string
      ```
    */
    toINI =
      {
        mkSectionName ? (name: escape [ "[" "]" ] name),
        mkKeyValue ? self.mkKeyValueDefault { } "=",
        listsAsDuplicateKeys ? false,
      }:
      attrsOfAttrs:
      let
        section =
          name: values:
          "[${mkSectionName name}]\n" + self.toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } values;
      in
      concatStringsSep "\n" (mapAttrsToList section attrsOfAttrs);

    /**
      An INI file with keys before the first section.

      # Type

      ```
      toINIWithGlobalSection :: AttrSet -> { globalSection; sections ? {}; } -> string
      ```
    */
    toINIWithGlobalSection =
      {
        mkSectionName ? (name: escape [ "[" "]" ] name),
        mkKeyValue ? self.mkKeyValueDefault { } "=",
        listsAsDuplicateKeys ? false,
      }:
      {
        globalSection,
        sections ? { },
      }:
      (
        if globalSection == { } then
          ""
        else
          self.toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } globalSection + "\n"
      )
      + self.toINI { inherit mkSectionName mkKeyValue listsAsDuplicateKeys; } sections;

    /**
      A git config file: nested sets become `[section "sub.section"]`, strings are quoted,
      lists repeat the key.

      # Type

      ```
      toGitINI :: AttrSet -> string
      ```
    */
    toGitINI =
      let
        sectionName =
          name:
          let
            parts = lib.strings.splitString "." name;
          in
          if lib.strings.hasInfix "\"" name || b.length parts == 1 then
            name
          else
            ''${b.head parts} "${concatStringsSep "." (b.tail parts)}"'';
        quote = b.replaceStrings [ "\n" "\t" "\"" "\\" ] [ "\\n" "\\t" "\\\"" "\\\\" ];
        valueString = v: self.mkValueStringDefault { } (if isString v then "\"${quote v}\"" else v);
        keyValue =
          let
            kv = self.mkKeyValueDefault { mkValueString = valueString; } " = ";
            entry = k: v: "\t" + kv k v;
          in
          k: v: if isList v then concatStringsSep "\n" (map (entry k) v) else entry k v;
        isPlainSet = v: isAttrs v && !isDerivation v;
        # Flatten sections nested deeper than one level into "a.b.c" section names.
        flatten =
          attrs:
          let
            visit =
              path: v:
              if isPlainSet v then
                b.concatMap (n: visit ([ n ] ++ path) v.${n}) (b.attrNames v)
              else if b.length path > 1 then
                [ { ${concatStringsSep "." (lib.lists.reverseList (b.tail path))}.${b.head path} = v; } ]
              else
                [ { ${b.head path} = v; } ];
            nested = b.filter (n: isAttrs attrs.${n} && b.any isPlainSet (b.attrValues attrs.${n})) (
              b.attrNames attrs
            );
          in
          removeAttrs attrs nested
          // lib.lists.foldl lib.attrsets.recursiveUpdate { } (visit [ ] (lib.attrsets.getAttrs nested attrs));
        render = self.toINI {
          mkKeyValue = keyValue;
          mkSectionName = sectionName;
        };
      in
      attrs: render (flatten attrs);

    /**
      Map a value to a given depth, cutting deeper parts (throwing, or `"<unevaluated>"`).

      # Type

      ```
      withRecursion :: { depthLimit :: int; throwOnDepthLimit ? bool; } -> a -> a
      ```
    */
    withRecursion =
      {
        depthLimit,
        throwOnDepthLimit ? true,
      }:
      assert isInt depthLimit;
      let
        special = [
          "__functor"
          "__functionArgs"
          "__toString"
          "__pretty"
        ];
        limit =
          depth:
          if depthLimit != null && depth > depthLimit then
            if throwOnDepthLimit then
              throw "Exceeded maximum eval-depth limit of ${toString depthLimit} while trying to evaluate with `generators.withRecursion'!"
            else
              _: "<unevaluated>"
          else
            x: x;
        go =
          depth: v:
          let
            next = x: go (depth + 1) (limit (depth + 1) x);
          in
          if isAttrs v then
            b.mapAttrs (n: if b.elem n special then x: x else next) v
          else if isList v then
            map next v
          else
            limit (depth + 1) v;
      in
      go 0;

    /**
      Render a value as Nix-like text (for messages): multi-line by default, `__pretty`
      sets printed by their own function with `allowPrettyValues`.

      # Type

      ```
      toPretty :: { allowPrettyValues ? bool; multiline ? bool; indent ? string; } -> a -> string
      ```
    */
    toPretty =
      {
        allowPrettyValues ? false,
        multiline ? true,
        indent ? "",
      }:
      let
        go =
          ind: v:
          let
            open = if multiline then "\n${ind}  " else " ";
            close = if multiline then "\n${ind}" else " ";
          in
          if isInt v then
            toString v
          else if isFloat v then
            b.toJSON v
          else if isString v then
            let
              lines = b.filter (l: !(isList l)) (b.split "\n" v);
              single = "\"" + concatStringsSep "\\n" (map (escape [ "\\" "\"" "\${" ]) lines) + "\"";
              escaped = map (b.replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
              lastLine = lib.lists.last escaped;
              multi =
                "''"
                + open
                + concatStringsSep open (lib.lists.init escaped)
                + (if lastLine == "" then close else open + lastLine)
                + "''";
            in
            if multiline && b.length lines > 1 then multi else single
          else if v == true then
            "true"
          else if v == false then
            "false"
          else if v == null then
            "null"
          else if isPath v then
            toString v
          else if isList v then
            if v == [ ] then "[ ]" else "[" + open + concatStringsSep open (map (go (ind + "  ")) v) + close + "]"
          else if lib.trivial.isFunction v then
            let
              args = lib.trivial.functionArgs v;
              shown = concatStringsSep ", " (mapAttrsToList (n: hasDefault: if hasDefault then n + "?" else n) args);
            in
            if args == { } then "<function>" else "<function, args: {${shown}}>"
          else if isAttrs v then
            if allowPrettyValues && v ? __pretty && v ? val then
              v.__pretty v.val
            else if v == { } then
              "{ }"
            else if v ? type && v.type == "derivation" then
              "<derivation ${v.name or "???"}>"
            else
              "{"
              + open
              + concatStringsSep open (
                mapAttrsToList (
                  n: x:
                  "${escapeNixIdentifier n} = ${b.addErrorContext "while evaluating an attribute `${n}`" (go (ind + "  ") x)};"
                ) v
              )
              + close
              + "}"
          else
            abort "generators.toPretty: should never happen (v = ${v})";
      in
      go indent;

    /**
      An Apple property list (XML).

      # Type

      ```
      toPlist :: { escape ? bool; } -> a -> string
      ```
    */
    toPlist =
      {
        escape ? false,
      }:
      v:
      let
        esc = if escape then lib.strings.escapeXML else x: x;
        expr =
          ind: x:
          if x == null then
            ""
          else if isBool x then
            ind + (if x then "<true/>" else "<false/>")
          else if isInt x then
            ind + "<integer>${toString x}</integer>"
          else if isString x then
            ind + "<string>${esc x}</string>"
          else if isList x then
            concatStringsSep "\n" [
              (ind + "<array>")
              (concatStringsSep "\n" (map (expr "\t${ind}") x))
              (ind + "</array>")
            ]
          else if isAttrs x then
            concatStringsSep "\n" [
              (ind + "<dict>")
              (entries ind x)
              (ind + "</dict>")
            ]
          else if isPath x then
            ind + "<string>${esc (toString x)}</string>"
          else if isFloat x then
            ind + "<real>${toString x}</real>"
          else
            abort "generators.toPlist: should never happen (v = ${v})";
        entries =
          ind: x:
          concatStringsSep "\n" (
            lib.lists.flatten (
              mapAttrsToList (
                n: value:
                lib.lists.optionals (n != "_module" && value != null) [
                  "\t${ind}<key>${esc n}</key>"
                  (expr "\t${ind}" value)
                ]
              ) x
            )
          );
      in
      lib.trivial.warnIf (!escape && lib.trivial.oldestSupportedReleaseIsAtLeast 2505)
        "Using `lib.generators.toPlist` without `escape = true` is deprecated"
        ''
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE plist PUBLIC "-//Apple Computer//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
          <plist version="1.0">
          ${expr "" v}
          </plist>'';

    /**
      A Dhall expression.

      # Type

      ```
      toDhall :: {} -> a -> string
      ```
    */
    toDhall =
      { }@args:
      v:
      let
        items = concatStringsSep ", ";
      in
      if isAttrs v then
        "{ ${items (mapAttrsToList (k: x: "${k} = ${self.toDhall args x}") v)} }"
      else if isList v then
        "[ ${items (map (self.toDhall args) v)} ]"
      else if isInt v then
        "${if v < 0 then "" else "+"}${toString v}"
      else if isBool v then
        (if v then "True" else "False")
      else if lib.trivial.isFunction v then
        abort "generators.toDhall: cannot convert a function to Dhall"
      else if v == null then
        abort "generators.toDhall: cannot convert a null to Dhall"
      else
        b.toJSON v;

    /**
      A Lua expression (or, with `asBindings`, Lua assignments); `mkLuaInline` embeds code.

      # Type

      ```
      toLua :: { multiline ? bool; indent ? string; asBindings ? bool; } -> a -> string
      ```
    */
    toLua =
      {
        multiline ? true,
        indent ? "",
        asBindings ? false,
      }@args:
      v:
      let
        inner = "${indent}  ";
        open = if multiline then "\n${inner}" else " ";
        close = if multiline then "\n${indent}" else " ";
        innerArgs = args // {
          indent = if asBindings then indent else inner;
          asBindings = false;
        };
        items = concatStringsSep ",${open}";
        isInline = x: (x._type or null) == "lua-inline";
        badNames = b.filter (
          n: b.match "[[:alpha:]_][[:alnum:]_]*(\\.[[:alpha:]_][[:alnum:]_]*)*" n == null
        ) (b.attrNames v);
        bindings =
          assert lib.asserts.assertMsg (badNames == [ ]) "Bad Lua var names: ${self.toPretty { } badNames}";
          concatStringsSep "" (mapAttrsToList (k: x: "${indent}${k} = ${self.toLua innerArgs x}\n") v);
      in
      if asBindings then
        bindings
      else if v == null then
        "nil"
      else if isInt v || isFloat v || isString v || isBool v then
        b.toJSON v
      else if isPath v || isDerivation v then
        b.toJSON "${v}"
      else if isList v then
        if v == [ ] then "{}" else "{${open}${items (map (self.toLua innerArgs) v)}${close}}"
      else if isAttrs v then
        if isInline v then
          "(${v.expr})"
        else if v == { } then
          "{}"
        else
          "{${open}${items (mapAttrsToList (k: x: "[${b.toJSON k}] = ${self.toLua innerArgs x}") v)}${close}}"
      else
        abort "generators.toLua: type ${b.typeOf v} is unsupported";

    /**
      Lua code to embed verbatim with `toLua`.

      # Type

      ```
      mkLuaInline :: string -> AttrSet
      ```
    */
    mkLuaInline = expr: {
      _type = "lua-inline";
      inherit expr;
    };

    /**
      JSON text (`builtins.toJSON`).

      # Type

      ```
      toJSON :: {} -> a -> string
      ```
    */
    toJSON = { }: b.toJSON;

    /**
      YAML text: JSON is valid YAML, so this is `builtins.toJSON` as in nixpkgs.

      # Type

      ```
      toYAML :: {} -> a -> string
      ```
    */
    toYAML = { }: b.toJSON;
  };
in
self
