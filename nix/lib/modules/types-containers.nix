# Option types, part 2 of 3 (see types.nix): the containers. listOf, attrsOf (attrsWith),
# nullOr, either, oneOf, coercedTo, functionTo and attrTag hold other types: their check is the
# shape, each element is checked and merged by the type it holds, and their functor records
# that type so two declarations of one option can merge theirs.
{
  types,
  options,
  mergeDefinitions,
  mergeUniqueOption,
  showOption,
  showFiles,
  getFiles,
  getValues,
  phrase,
  nounOrComposite,
  nounOrConjunction,
  defaultFunctor,
  imap1,
  last,
  filterAttrs,
  isOptionType,
  pushPositions,
}:
let
  inherit (builtins)
    all
    attrNames
    concatLists
    concatStringsSep
    filter
    foldl'
    head
    isAttrs
    isFunction
    isList
    length
    mapAttrs
    tail
    zipAttrsWith
    ;
  inherit (types)
    mkOptionType
    addCheck
    listOf
    nonEmptyListOf
    attrsWith
    uniq
    unique
    nullOr
    functionTo
    either
    coercedTo
    ;
in
{
  /**
    A list whose elements have type `elemType`, merged by concatenating the definitions.
  */
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

  /**
    A listOf `elemType` that must not be empty.
  */
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

  /**
    An attribute set whose values have type `elemType`; `lazy` merges each value only when it is
    read, `placeholder` names the attributes in documentation.
  */
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

  /**
    An attribute set whose values have type `elemType`.
  */
  attrsOf = elemType: attrsWith { inherit elemType; };

  /**
    attrsOf `elemType`, with each value merged only when it is read.
  */
  lazyAttrsOf =
    elemType:
    attrsWith {
      inherit elemType;
      lazy = true;
    };

  uniq = unique { message = ""; };

  /**
    A type that allows only one definition; more fail with `message`.
  */
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

  /**
    `null` or a value of `elemType`.
  */
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

  /**
    A function whose results have type `elemType` (the definitions' results are merged).
  */
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

  /**
    A value of type `t1` or of type `t2`, tried in that order.
  */
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

  /**
    A value of one of the types `ts`, tried in order.
  */
  oneOf =
    ts:
    if ts == [ ] then
      throw "types.oneOf needs to get at least one type in its argument"
    else
      foldl' either (head ts) (tail ts);

  /**
    A value of `finalType`, or of `coercedType`, which `coerceFunc` turns into one.
  */
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

}
