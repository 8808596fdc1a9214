# Fact checks: what a dendrite or fruit declares it needs from `host.facts`.
#
# A `meta.nix` declares requirements as data, keyed by a dotted path under
# `host.facts`:
#   facts."storage.zfs.hostId" = { type = "string"; match = "[0-9a-f]{8}"; };
#   facts."tape.manager"       = { oneOf = [ "bacula" "ltfs" ]; };
# Nothing about ZFS or tapes is hard-coded in Arbor: every check is one of
# `type` (string, int, bool, float, list, attrs, path), `nonEmpty`, `match`
# (a POSIX extended regular expression that must match the whole string, as
# `builtins.match` does) and `oneOf`. A declared fact is required; the first
# check it fails is reported.
#
# A missing fact points at the deepest part of the path the host does define
# (so `facts.storage = { … }` is where to add `zfs.hostId`), else at the
# host's `facts`, else at the host. A failing fact points at its own line.
{ diagnostics }:
let
  strings = import ../util/strings.nix;
  attrs = import ../util/attrs.nix;
  schema = import ./schema.nix { inherit diagnostics; };
  inherit (strings) quote humanList;
  inherit (builtins)
    typeOf
    isString
    elem
    elemAt
    attrNames
    concatMap
    length
    ;

  typeNames = {
    set = "attrs";
  };

  /**
    The name of a value's type, as a declaration writes it.
  */
  factType = value: typeNames.${typeOf value} or (typeOf value);

  /**
    Whether a fact is empty: "", [ ] or { }.
  */
  isEmpty = value: value == "" || value == [ ] || value == { };

  /**
    "a string matching [0-9a-f]{8}" — what the declaration asks for.
  */
  describeCheck =
    check:
    let
      base = if check ? type then "a ${check.type}" else "a value";
      matching = if check ? match then " matching ${check.match}" else "";
      nonEmpty = if check.nonEmpty or false then " (non-empty)" else "";
      oneOf =
        if check ? oneOf then
          " out of ${humanList (map (v: if isString v then v else builtins.toJSON v) check.oneOf)}"
        else
          "";
    in
    base + matching + nonEmpty + oneOf;

  /**
    The first failed check of `value`, as a sentence, or null.
  */
  failure =
    check: value:
    if check ? type && factType value != check.type then
      "it is ${schema.describeValue value}, not a ${check.type}"
    else if (check.nonEmpty or false) && isEmpty value then
      "it is empty"
    else if check ? match && !(isString value) then
      "it is ${schema.describeValue value}, so it cannot match ${check.match}"
    else if check ? match && builtins.match check.match value == null then
      "${schema.describeValue value} does not match ${check.match}"
    else if check ? oneOf && !(elem value check.oneOf) then
      "${schema.describeValue value} is not one of ${
        humanList (map (v: if isString v then v else builtins.toJSON v) check.oneOf)
      }"
    else
      null;

  /**
    Diagnostics for one unit (dendrite or fruit) on one host. reason: a string saying why the host
    has the unit (for the message)
  */
  checkUnit =
    { host, unit, reason }:
    concatMap (
      factPath:
      let
        check = unit.factChecks.${factPath};
        parts = unit.factPaths.${factPath};
        walked = attrs.pathOf parts host.facts;
        rawFacts = host.raw.facts or { };
        walkedRaw = attrs.pathOf parts rawFacts;
        who = "host ${host.name} has ${unit.kind} ${unit.id} (${reason})";
      in
      if !walked.found then
        [
          (diagnostics.make {
            code = "missing-fact";
            host = host.name;
            position =
              if walkedRaw.depth > 0 then
                diagnostics.positionOf (elemAt parts (walkedRaw.depth - 1)) walkedRaw.parent host.file
              else
                diagnostics.firstPositionOf [ "facts" ] host.raw host.position;
            message = "${who}, which needs fact ${quote factPath} (${describeCheck check}), but the host does not define it.";
            hint = "Add `facts.${factPath} = …;` to host ${host.name}.";
          })
        ]
      else
        let
          problem = failure check walked.value;
        in
        if problem == null then
          [ ]
        else
          [
            (diagnostics.make {
              code = "invalid-fact";
              host = host.name;
              position = diagnostics.positionOf (elemAt parts (length parts - 1)) walkedRaw.parent host.file;
              message = "${who}, which needs fact ${quote factPath} to be ${describeCheck check}, but ${problem}.";
              hint = "Fix `facts.${factPath}` of host ${host.name}, or the declaration in ${unit.metaFile}.";
            })
          ]
    ) (attrNames unit.factChecks);
in
{
  inherit checkUnit describeCheck;
}
