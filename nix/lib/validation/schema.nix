# The schema checker: walks a value against a spec from `contract.nix`.
#
# It never throws. For every field it returns the diagnostics it found and a
# *clean* copy of the value that holds only the well-typed fields, so the
# later stages (normalize, resolve, assemble) can trust their input and the
# whole model still evaluates when the inventory is wrong. That is what lets
# Arbor report every problem in one pass instead of stopping at the first.
#
#   checkValue spec value context -> { ok; clean; diagnostics; }
#
# `context` = { what; path; position; file; typeCode; host; }:
#   what      who owns the value, for messages ("host nas")
#   path      the field path inside it ("deploy.sshPort"), "" at the top
#   position  where the value is defined
#   file      fallback file for fields whose position is unknown
#   typeCode  "invalid-field" (inventory) or "meta-mismatch" (meta.nix)
{ diagnostics }:
let
  strings = import ../util/strings.nix;
  inherit (strings) quote humanList didYouMean;
  inherit (builtins)
    typeOf
    isList
    isAttrs
    isString
    attrNames
    filter
    concatMap
    listToAttrs
    map
    elem
    ;

  /**
    A spec in words, for messages: "a list of strings".
  */
  describeSpec =
    spec:
    if spec.type == "string" then
      "a string"
    else if spec.type == "int" then
      "an integer"
    else if spec.type == "bool" then
      "a boolean (true or false)"
    else if spec.type == "listOf" then
      (if spec.of.type == "string" then "a list of strings" else "a list of ${describeSpec spec.of}")
    else if spec.type == "enum" then
      "one of ${humanList spec.values}"
    else
      "an attribute set";

  /**
    A value in words, for messages: "the string \"x\"", "the integer 3", "a list", ...
  */
  describeValue =
    value:
    let
      t = typeOf value;
    in
    if t == "string" then
      "the string ${quote value}"
    else if t == "int" then
      "the integer ${toString value}"
    else if t == "bool" then
      (if value then "true" else "false")
    else if t == "set" then
      "an attribute set"
    else if t == "list" then
      "a list"
    else if t == "lambda" then
      "a function"
    else if t == "null" then
      "null"
    else
      "a ${t}";

  /**
    How a message names the field being checked.
  */
  fieldLabel = context: if context.path == "" then "the value" else quote context.path;

  /**
    An `invalid-field` diagnostic: the value at `context` does not have type `spec`.
  */
  typeError =
    context: value: spec: hint:
    diagnostics.make {
      code = context.typeCode;
      inherit (context) position host;
      message = "${context.what}: ${fieldLabel context} must be ${describeSpec spec}, but it is ${describeValue value}.";
      inherit hint;
    };

  /**
    The checker's result: whether the value is valid, its clean copy and the diagnostics found.
  */
  result = ok: clean: found: {
    inherit ok clean;
    diagnostics = found;
  };

  /**
    A field path extended by `name`.
  */
  join = prefix: name: if prefix == "" then name else "${prefix}.${name}";

  primitiveTypes = {
    string = "string";
    int = "int";
    bool = "bool";
    attrs = "set";
  };

  /**
    A cheap yes/no for the common case, a well-formed value: one call per field instead of the full
    walk, which only runs when this says no.
  */
  isValid =
    spec: value:
    let
      t = spec.type;
    in
    if t == "any" then
      true
    else if primitiveTypes ? ${t} then
      typeOf value == primitiveTypes.${t}
    else if t == "enum" then
      isString value && elem value spec.values
    else if t == "listOf" then
      isList value && (if spec.of.type == "string" then builtins.all isString value else builtins.all (isValid spec.of) value)
    else if t == "attrsOf" then
      isAttrs value && builtins.all (name: isValid spec.of value.${name}) (attrNames value)
    else
      isAttrs value
      && builtins.all (name: spec.fields ? ${name} && isValid spec.fields.${name} value.${name}) (
        attrNames value
      );

  /**
    Checks `value` against `spec`; the fast path when it is valid, the full walk otherwise.
  */
  checkValue = spec: value: context: if isValid spec value then result true value [ ] else walk spec value context;

  /**
    Walks `value` against `spec`, collecting a diagnostic for each mistake and dropping the unknown
    fields.
  */
  walk =
    spec: value: context:
    if spec.type == "any" then
      result true value [ ]
    else if primitiveTypes ? ${spec.type} then
      (
        if typeOf value == primitiveTypes.${spec.type} then
          result true value [ ]
        else
          result false null [ (typeError context value spec null) ]
      )
    else if spec.type == "enum" then
      (
        if isString value && elem value spec.values then
          result true value [ ]
        else
          result false null [
            (typeError context value spec (
              if isString value then didYouMean "values" value spec.values else null
            ))
          ]
      )
    else if spec.type == "listOf" then
      (
        if !isList value then
          result false null [ (typeError context value spec null) ]
        else
          let
            checked = map (item: checkValue spec.of item context) value;
          in
          result true (map (c: c.clean) (filter (c: c.ok) checked)) (concatMap (c: c.diagnostics) checked)
      )
    else if spec.type == "attrsOf" then
      (
        if !isAttrs value then
          result false null [ (typeError context value spec null) ]
        else
          let
            checked = map (name: {
              inherit name;
              r = checkValue spec.of value.${name} (
                context
                // {
                  path = join context.path name;
                  position = diagnostics.positionOf name value context.file;
                }
              );
            }) (attrNames value);
          in
          result true (listToAttrs (
            map (c: {
              inherit (c) name;
              value = c.r.clean;
            }) (filter (c: c.r.ok) checked)
          )) (concatMap (c: c.r.diagnostics) checked)
      )
    else
      # submodule
      (
        if !isAttrs value then
          result false null [ (typeError context value spec null) ]
        else
          let
            known = attrNames spec.fields;
            checkField =
              name:
              let
                position = diagnostics.positionOf name value context.file;
                path = join context.path name;
              in
              if spec.fields ? ${name} then
                {
                  inherit name;
                  r = checkValue spec.fields.${name} value.${name} (context // { inherit path position; });
                }
              else
                {
                  inherit name;
                  r = result false null [
                    (diagnostics.make {
                      code = "unknown-field";
                      inherit position;
                      inherit (context) host;
                      message = "${context.what}: ${quote path} is not a field Arbor knows, so it would be ignored.";
                      hint = didYouMean "fields here" name known;
                    })
                  ];
                };
            checked = map checkField (attrNames value);
          in
          result true (listToAttrs (
            map (c: {
              inherit (c) name;
              value = c.r.clean;
            }) (filter (c: c.r.ok) checked)
          )) (concatMap (c: c.r.diagnostics) checked)
      );
in
{
  inherit
    checkValue
    isValid
    describeValue
    describeSpec
    ;
}
