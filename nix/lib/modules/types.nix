# Option types: what a definition must look like (`check`) and how several definitions become
# one value (`merge`), with the descriptions nixpkgs prints in its messages.
#
# A type is an attribute set tagged `_type = "option-type"`. `functor` describes how the type
# was built, so two declarations of one option can merge their types (`typeMerge`): equal
# simple types merge to themselves, wrapping types (listOf, attrsOf, nullOr, …) merge what they
# wrap, and submodules merge their module lists.
{
  lib,
  properties,
  options,
  merge,
  evalModules,
}:
let
  inherit (builtins)
    all
    attrNames
    concatLists
    concatStringsSep
    elem
    filter
    foldl'
    genList
    head
    isAttrs
    isBool
    isFloat
    isFunction
    isInt
    isList
    isPath
    isString
    length
    mapAttrs
    match
    substring
    tail
    toJSON
    typeOf
    zipAttrsWith
    ;
  inherit (options)
    mergeDefaultOption
    mergeEqualOption
    mergeOneOption
    mergeUniqueOption
    showOption
    showFiles
    getFiles
    getValues
    ;
  inherit (merge) mergeDefinitions;

  isStringLike = x: isString x || isPath x || (isAttrs x && (x ? outPath || x ? __toString));
  isDerivation = x: isAttrs x && (x.type or null) == "derivation";
  isStorePath =
    x:
    isStringLike x
    && (
      let
        s = toString x;
      in
      substring 0 (builtins.stringLength builtins.storeDir + 1) s == builtins.storeDir + "/"
    );

  # "list of (attribute set of string)" vs "list of string": nixpkgs parenthesises a nested
  # description unless its class fits the phrase it goes into.
  phrase =
    fits: type:
    if fits (type.descriptionClass or null) then type.description else "(${type.description})";
  nounOrComposite = class: class == "noun" || class == "composite";
  nounOrConjunction = class: class == "noun" || class == "conjunction";

  defaultFunctor = name: {
    inherit name;
    type = types.${name} or null;
    wrapped = null;
    payload = null;
    binOp = a: b: null;
  };

  # Merging two types of the same option (declared twice).
  defaultTypeMerge =
    f: f':
    if f.name != f'.name then
      null
    else if f.wrapped != null && f'.wrapped != null then
      let
        wrapped = f.wrapped.typeMerge f'.wrapped.functor;
      in
      if wrapped == null then null else f.type wrapped
    else if f.payload != null && f'.payload != null then
      let
        payload = f.binOp f.payload f'.payload;
      in
      if payload == null then null else f.type payload
    else if f.wrapped == null && f'.wrapped == null && f.payload == null && f'.payload == null then
      f.type
    else
      null;

  showEnumValue =
    v:
    if isString v then
      toJSON v
    else if isInt v then
      toString v
    else if isBool v then
      (if v then "true" else "false")
    else
      "<${typeOf v}>";

  imap1 = f: list: genList (i: f (i + 1) (builtins.elemAt list i)) (length list);
  last = list: builtins.elemAt list (length list - 1);
  filterAttrs =
    pred: set:
    builtins.listToAttrs (
      concatLists (map (name: if pred name set.${name} then [ { inherit name; value = set.${name}; } ] else [ ]) (attrNames set))
    );

  isOptionType = x: isAttrs x && (x._type or null) == "option-type";

  # The values of attribute-set definitions, attribute by attribute.
  pushPositions = map (
    def:
    mapAttrs (_: value: {
      inherit (def) file;
      inherit value;
    }) def.value
  );

  types = rec {
    /**
      Builds an option type. Only `name` is required.
    */
    mkOptionType =
      {
        name,
        description ? null,
        descriptionClass ? null,
        check ? (_: true),
        merge ? mergeDefaultOption,
        emptyValue ? { },
        getSubOptions ? prefix: { },
        getSubModules ? null,
        substSubModules ? m: null,
        typeMerge ? defaultTypeMerge functor,
        functor ? defaultFunctor name,
        deprecationMessage ? null,
        nestedTypes ? { },
      }:
      {
        _type = "option-type";
        inherit
          name
          check
          merge
          emptyValue
          getSubOptions
          getSubModules
          substSubModules
          typeMerge
          functor
          deprecationMessage
          nestedTypes
          descriptionClass
          ;
        description = if description == null then name else description;
      };

    inherit isOptionType;
    isType = type: x: (x._type or "") == type;

    addCheck =
      type: extra:
      type
      // {
        check = x: type.check x && extra x;
      };

    # ── Scalars ────────────────────────────────────────────────────────────────────────────────

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

    # ── Containers ─────────────────────────────────────────────────────────────────────────────

    listOf =
      elemType:
      mkOptionType rec {
        name = "listOf";
        description = "list of ${phrase nounOrComposite elemType}";
        descriptionClass = "composite";
        check = isList;
        merge =
          loc: defs:
          map (x: x.value) (
            filter (x: x ? value) (
              concatLists (
                imap1 (
                  n: def:
                  imap1 (
                    m: item:
                    (mergeDefinitions (loc ++ [ "[definition ${toString n}-entry ${toString m}]" ]) elemType [
                      {
                        inherit (def) file;
                        value = item;
                      }
                    ]).optionalValue
                  ) def.value
                ) defs
              )
            )
          );
        emptyValue = {
          value = [ ];
        };
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
        getSubModules = elemType.getSubModules;
        substSubModules = m: listOf (elemType.substSubModules m);
        functor = defaultFunctor name // {
          type = listOf;
          wrapped = elemType;
        };
        nestedTypes.elemType = elemType;
      };

    nonEmptyListOf =
      elemType:
      let
        list = addCheck (listOf elemType) (l: l != [ ]);
      in
      list
      // {
        description = "non-empty ${phrase (class: class == "noun") list}";
        emptyValue = { };
        substSubModules = m: nonEmptyListOf (elemType.substSubModules m);
      };

    attrsWith =
      {
        elemType,
        lazy ? false,
        placeholder ? "name",
      }:
      mkOptionType rec {
        name = if lazy then "lazyAttrsOf" else "attrsOf";
        description = (if lazy then "lazy attribute set" else "attribute set") + " of ${phrase nounOrComposite elemType}";
        descriptionClass = "composite";
        check = isAttrs;
        merge =
          if lazy then
            loc: defs:
            zipAttrsWith (
              attr: attrDefs:
              let
                merged = mergeDefinitions (loc ++ [ attr ]) elemType attrDefs;
              in
              merged.optionalValue.value or elemType.emptyValue.value or merged.mergedValue
            ) (pushPositions defs)
          else
            loc: defs:
            mapAttrs (_: v: v.value) (
              filterAttrs (_: v: v ? value) (
                zipAttrsWith (attr: attrDefs: (mergeDefinitions (loc ++ [ attr ]) elemType attrDefs).optionalValue) (
                  pushPositions defs
                )
              )
            );
        emptyValue = {
          value = { };
        };
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<${placeholder}>" ]);
        getSubModules = elemType.getSubModules;
        substSubModules =
          m:
          attrsWith {
            elemType = elemType.substSubModules m;
            inherit lazy placeholder;
          };
        functor = defaultFunctor "attrsWith" // {
          type = payload: attrsWith payload;
          wrapped = null;
          payload = {
            inherit elemType lazy placeholder;
          };
          binOp =
            a: b:
            let
              merged = a.elemType.typeMerge b.elemType.functor;
            in
            if a.lazy != b.lazy || merged == null then
              null
            else
              {
                elemType = merged;
                inherit (a) lazy placeholder;
              };
        };
        nestedTypes.elemType = elemType;
      };

    attrsOf = elemType: attrsWith { inherit elemType; };
    lazyAttrsOf =
      elemType:
      attrsWith {
        inherit elemType;
        lazy = true;
      };

    uniq = unique { message = ""; };
    unique =
      { message }:
      type:
      mkOptionType rec {
        name = "unique";
        inherit (type) description descriptionClass check;
        merge = mergeUniqueOption {
          inherit message;
          inherit (type) merge;
        };
        emptyValue = type.emptyValue;
        getSubOptions = type.getSubOptions;
        getSubModules = type.getSubModules;
        substSubModules = m: uniq (type.substSubModules m);
        functor = defaultFunctor name // {
          type = unique { inherit message; };
          wrapped = type;
        };
        nestedTypes.elemType = type;
      };

    nullOr =
      elemType:
      mkOptionType rec {
        name = "nullOr";
        description = "null or ${phrase nounOrConjunction elemType}";
        descriptionClass = "conjunction";
        check = x: x == null || elemType.check x;
        merge =
          loc: defs:
          let
            nulls = length (filter (def: def.value == null) defs);
          in
          if nulls == length defs then
            null
          else if nulls != 0 then
            throw "The option `${showOption loc}' is defined both null and not null, in ${showFiles (getFiles defs)}."
          else
            elemType.merge loc defs;
        emptyValue = {
          value = null;
        };
        getSubOptions = elemType.getSubOptions;
        getSubModules = elemType.getSubModules;
        substSubModules = m: nullOr (elemType.substSubModules m);
        functor = defaultFunctor name // {
          type = nullOr;
          wrapped = elemType;
        };
        nestedTypes.elemType = elemType;
      };

    functionTo =
      elemType:
      mkOptionType {
        name = "functionTo";
        description = "function that evaluates to a(n) ${phrase nounOrComposite elemType}";
        descriptionClass = "composite";
        check = isFunction;
        merge =
          loc: defs: arg:
          (mergeDefinitions (loc ++ [ "<function body>" ]) elemType (
            map (fn: {
              inherit (fn) file;
              value = fn.value arg;
            }) defs
          )).mergedValue;
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<function body>" ]);
        getSubModules = elemType.getSubModules;
        substSubModules = m: functionTo (elemType.substSubModules m);
        functor = defaultFunctor "functionTo" // {
          type = functionTo;
          wrapped = elemType;
        };
        nestedTypes.elemType = elemType;
      };

    either =
      t1: t2:
      mkOptionType rec {
        name = "either";
        description = "${phrase nounOrConjunction t1} or ${
          phrase (class: class == "noun" || class == "conjunction" || class == "composite") t2
        }";
        descriptionClass = "conjunction";
        check = x: t1.check x || t2.check x;
        merge =
          loc: defs:
          let
            values = getValues defs;
          in
          if all t1.check values then
            t1.merge loc defs
          else if all t2.check values then
            t2.merge loc defs
          else
            throw "A definition for option `${showOption loc}' is not of type `${description}'. TypeError: The option `${showOption loc}` is neither a value of type `${t1.description}` nor `${t2.description}`, Definition values:${options.showDefs defs}";
        typeMerge =
          f':
          let
            mt1 = t1.typeMerge (head f'.payload);
            mt2 = t2.typeMerge (last f'.payload);
          in
          if name == f'.name && mt1 != null && mt2 != null then either mt1 mt2 else null;
        functor = defaultFunctor name // {
          payload = [
            t1.functor
            t2.functor
          ];
        };
        nestedTypes.left = t1;
        nestedTypes.right = t2;
      };

    oneOf =
      ts:
      if ts == [ ] then
        throw "types.oneOf needs to get at least one type in its argument"
      else
        foldl' either (head ts) (tail ts);

    coercedTo =
      coercedType: coerceFunc: finalType:
      assert (coercedType.getSubModules == null) || throw "coercedTo: coercedType must not have submodules (it’s a ${coercedType.description})";
      mkOptionType rec {
        name = "coercedTo";
        description = "${phrase nounOrConjunction finalType} or ${phrase nounOrConjunction coercedType} convertible to it";
        check = x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x;
        merge =
          loc: defs:
          let
            coerce = value: if coercedType.check value then coerceFunc value else value;
          in
          finalType.merge loc (map (def: def // { value = coerce def.value; }) defs);
        emptyValue = finalType.emptyValue;
        getSubOptions = finalType.getSubOptions;
        getSubModules = finalType.getSubModules;
        substSubModules = m: coercedTo coercedType coerceFunc (finalType.substSubModules m);
        typeMerge = t: null;
        functor = defaultFunctor name // {
          wrapped = finalType;
        };
        nestedTypes.coercedType = coercedType;
        nestedTypes.finalType = finalType;
      };

    optionType = mkOptionType {
      name = "optionType";
      description = "optionType";
      descriptionClass = "noun";
      check = isOptionType;
      merge =
        loc: defs:
        if length defs == 1 then
          (head defs).value
        else
          foldl' (
            a: def:
            let
              merged = a.typeMerge def.value.functor;
            in
            if merged == null then
              throw "The option `${showOption loc}' has conflicting option types: the types of ${showFiles (getFiles defs)} do not merge."
            else
              merged
          ) (head defs).value (tail defs);
    };

    /**
      A tagged union: a value is an attribute set with exactly one of the tags, each tag an
      option whose type checks the value under it.
    */
    attrTag =
      tags:
      let
        names = attrNames tags;
        single = v: isAttrs v && length (attrNames v) == 1 && tags ? ${head (attrNames v)};
      in
      mkOptionType {
        name = "attrTag";
        description = "attribute-tagged union with choices: ${concatStringsSep ", " names}";
        descriptionClass = "noun";
        check = single;
        merge =
          loc: defs:
          let
            tag = head (attrNames (head defs).value);
          in
          if all (def: head (attrNames def.value) == tag) defs then
            {
              ${tag} =
                (mergeDefinitions (loc ++ [ tag ]) tags.${tag}.type (
                  map (def: {
                    inherit (def) file;
                    value = def.value.${tag};
                  }) defs
                )).mergedValue;
            }
          else
            throw "The option `${showOption loc}' has conflicting definitions of its attribute-tagged union, in ${showFiles (getFiles defs)}.";
        nestedTypes = mapAttrs (_: opt: opt.type) tags;
      };

    # ── Modules ────────────────────────────────────────────────────────────────────────────────

    deferredModule = deferredModuleWith { };
    deferredModuleWith =
      attrs@{
        staticModules ? [ ],
      }:
      mkOptionType {
        name = "deferredModule";
        description = "module";
        descriptionClass = "noun";
        check = x: isAttrs x || isFunction x || path.check x;
        merge = loc: defs: {
          imports =
            staticModules
            ++ map (def: {
              _file = "${def.file}, via option ${showOption loc}";
              imports = [ def.value ];
            }) defs;
        };
        getSubOptions = prefix: (evalModules { modules = staticModules; inherit prefix; }).options;
        getSubModules = staticModules;
        substSubModules = m: deferredModuleWith (attrs // { staticModules = m; });
        functor = defaultFunctor "deferredModuleWith" // {
          type = deferredModuleWith;
          payload = {
            inherit staticModules;
          };
          binOp = a: b: { staticModules = a.staticModules ++ b.staticModules; };
        };
      };

    submodule =
      modules:
      submoduleWith {
        shorthandOnlyDefinesConfig = true;
        modules = if isList modules then modules else [ modules ];
      };

    submoduleWith =
      {
        modules,
        specialArgs ? { },
        shorthandOnlyDefinesConfig ? false,
        description ? null,
        class ? null,
      }@attrs:
      let
        # Each definition becomes a module; a plain set is its `config` when the submodule
        # was made with `submodule` (shorthandOnlyDefinesConfig).
        asModules = map (
          def:
          if isAttrs def.value && shorthandOnlyDefinesConfig then
            {
              _file = def.file;
              config = def.value;
            }
          else
            {
              _file = def.file;
              imports = [ def.value ];
            }
        );
        nameDefault = {
          _module.args.name = properties.mkOptionDefault "‹name›";
        };
        evaluate =
          prefix: extra:
          evalModules {
            inherit class specialArgs prefix;
            modules = [ nameDefault ] ++ modules ++ extra;
          };
      in
      mkOptionType {
        name = "submodule";
        # A submodule with a freeform type is "open submodule of <freeform type>" (computed
        # only when read: it evaluates the submodule without definitions).
        description =
          if description != null then
            description
          else
            let
              freeform = (evaluate [ ] [ { _module.check = false; } ])._module.freeformType;
            in
            if freeform ? description then "open submodule of ${phrase nounOrComposite freeform}" else "submodule";
        check = x: isAttrs x || isFunction x || path.check x;
        merge =
          loc: defs:
          (evaluate loc (
            [
              {
                _module.args.name = last loc;
              }
            ]
            ++ asModules defs
          )).config;
        emptyValue = {
          value = { };
        };
        getSubOptions = prefix: (evaluate prefix [ ]).options;
        getSubModules = modules;
        substSubModules = m: submoduleWith (attrs // { modules = m; });
        functor = defaultFunctor "submodule" // {
          type = submoduleWith;
          payload = {
            inherit modules class specialArgs shorthandOnlyDefinesConfig description;
          };
          binOp = a: b: {
            class = if a.class == null then b.class else if b.class == null || a.class == b.class then a.class else throw "A submoduleWith option is declared multiple times with conflicting class values \"${toString a.class}\" and \"${toString b.class}\".";
            modules = a.modules ++ b.modules;
            specialArgs = a.specialArgs // b.specialArgs;
            shorthandOnlyDefinesConfig = a.shorthandOnlyDefinesConfig && b.shorthandOnlyDefinesConfig;
            description = if a.description == null then b.description else a.description;
          };
        };
        nestedTypes = { };
      };
  };
in
types
