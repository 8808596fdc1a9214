# Option types: what a definition must look like (`check`) and how several definitions become
# one value (`merge`), with the descriptions nixpkgs prints in its messages.
#
# A type is an attribute set tagged `_type = "option-type"`. `functor` describes how the type
# was built, so two declarations of one option can merge their types (`typeMerge`): equal
# simple types merge to themselves, wrapping types (listOf, attrsOf, nullOr, …) merge what they
# wrap, and submodules merge their module lists.
#
# This file holds mkOptionType and what every type shares; the types themselves come in three
# families: types-scalars.nix (bool, int, str, path, enum, ...), types-containers.nix (listOf,
# attrsOf, nullOr, either, coercedTo, ...) and types-modules.nix (submodule, deferredModule).
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

  /**
    Whether `x` coerces to a string: a string, a path, or a set with `outPath` or `__toString`.
  */
  isStringLike = x: isString x || isPath x || (isAttrs x && (x ? outPath || x ? __toString));

  /**
    Whether `x` is a derivation.
  */
  isDerivation = x: isAttrs x && (x.type or null) == "derivation";

  /**
    Whether `x` is (or names) a path in the Nix store.
  */
  isStorePath =
    x:
    isStringLike x
    && (
      let
        s = toString x;
      in
      substring 0 (builtins.stringLength builtins.storeDir + 1) s == builtins.storeDir + "/"
    );

  /**
    "list of (attribute set of string)" vs "list of string": nixpkgs parenthesises a nested
    description unless its class fits the phrase it goes into.
  */
  phrase =
    fits: type:
    if fits (type.descriptionClass or null) then type.description else "(${type.description})";

  /**
    Whether a description of `class` fits where a noun or a composite phrase goes.
  */
  nounOrComposite = class: class == "noun" || class == "composite";

  /**
    Whether a description of `class` fits where a noun or a conjunction goes.
  */
  nounOrConjunction = class: class == "noun" || class == "conjunction";

  /**
    The functor of a simple type `name`: it wraps nothing and has no payload.
  */
  defaultFunctor = name: {
    inherit name;
    type = types.${name} or null;
    wrapped = null;
    payload = null;
    binOp = a: b: null;
  };

  /**
    Merging two types of the same option (declared twice).
  */
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

  /**
    An enum value as messages show it.
  */
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

  /**
    `f index element` for every element, indices from 1.
  */
  imap1 = f: list: genList (i: f (i + 1) (builtins.elemAt list i)) (length list);

  /**
    The last element of a list.
  */
  last = list: builtins.elemAt list (length list - 1);

  /**
    The attributes of `set` for which `pred name value` holds.
  */
  filterAttrs =
    pred: set:
    builtins.listToAttrs (
      concatLists (map (name: if pred name set.${name} then [ { inherit name; value = set.${name}; } ] else [ ]) (attrNames set))
    );

  /**
    Whether `x` is an option type.
  */
  isOptionType = x: isAttrs x && (x._type or null) == "option-type";

  # The values of attribute-set definitions, attribute by attribute.
  pushPositions = map (
    def:
    mapAttrs (_: value: {
      inherit (def) file;
      inherit value;
    }) def.value
  );

  # The three families of types live in their own files; each gets the final `types`, so a type
  # in one family can build on a type of another (`attrsOf str`) exactly as one `rec` set did.
  core = rec {
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

    /**
      Whether `x` is tagged `_type = type`.
    */
    isType = type: x: (x._type or "") == type;

    /**
      `type` with the further check `extra`.
    */
    addCheck =
      type: extra:
      type
      // {
        check = x: type.check x && extra x;
      };
  };

  types =
    core
    // import ./types-scalars.nix {
      inherit
        types
        mergeEqualOption
        mergeOneOption
        showOption
        showFiles
        getFiles
        getValues
        isStringLike
        isDerivation
        isStorePath
        phrase
        nounOrConjunction
        defaultFunctor
        showEnumValue
        ;
    }
    // import ./types-containers.nix {
      inherit
        types
        options
        mergeDefinitions
        mergeUniqueOption
        showOption
        showFiles
        getFiles
        getValues
        phrase
        nounOrComposite
        nounOrConjunction
        defaultFunctor
        imap1
        last
        filterAttrs
        isOptionType
        pushPositions
        ;
    }
    // import ./types-modules.nix {
      inherit
        types
        properties
        evalModules
        showOption
        phrase
        nounOrComposite
        defaultFunctor
        last
        ;
    };
in
types
