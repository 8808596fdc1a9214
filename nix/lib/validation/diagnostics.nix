# Diagnostics: construction, positions, ordering and formatting.
#
# A diagnostic is plain data:
#   { code; severity; message; file; line; column; host; hint; }
# `host` and `hint` are always present and `null` when they do not apply, so
# every consumer can read the same shape. Positions come from
# `builtins.unsafeGetAttrPos` on the attribute that caused the problem; when
# there is no attribute (a directory without `meta.nix`, an orphan override)
# the diagnostic points at line 1, column 1 of the file itself.
#
# File names are made relative to the project root here, once, so a model
# evaluated in /home/me/fleet and in /nix/store/…-source is the same JSON.
{ rootString }:
let
  strings = import ../util/strings.nix;
  lists = import ../util/lists.nix;
  inherit (strings) hasPrefix removePrefix;

  /**
    A file's path relative to the project root (files outside it stay absolute).
  */
  relativeFile =
    file:
    let
      prefix = rootString + "/";
    in
    if hasPrefix prefix file then removePrefix prefix file else file;

  /**
    The position of the start of `file`.
  */
  filePosition = file: {
    inherit file;
    line = 1;
    column = 1;
  };

  /**
    Position of `name` in `set`, or line 1 of `fallbackFile`.
  */
  positionOf =
    name: set: fallbackFile:
    let
      p = if builtins.isAttrs set then builtins.unsafeGetAttrPos name set else null;
    in
    if p == null then
      filePosition fallbackFile
    else
      {
        file = relativeFile p.file;
        inherit (p) line column;
      };

  /**
    Like positionOf, but tries several names in turn (the first one defined).
  */
  firstPositionOf =
    names: set: fallback:
    let
      defined = builtins.filter (n: builtins.isAttrs set && set ? ${n}) names;
    in
    if defined == [ ] then
      fallback
    else
      positionOf (builtins.head defined) set fallback.file;

  /**
    A position as `file:line:column`.
  */
  showPosition = p: "${p.file}:${toString p.line}:${toString p.column}";

  # Every code comes from the registry (codes.json, shared with the TypeScript types, the docs
  # and the tests): a code missing from it is Arbor's bug, not the user's.
  codes = builtins.fromJSON (builtins.readFile ./codes.json);

  /**
    A diagnostic record; throws when `code` is not in the registry (codes.json).
  */
  make =
    {
      code,
      message,
      position,
      severity ? "error",
      host ? null,
      hint ? null,
    }:
    assert
      codes ? ${code}
      || throw "Arbor's library reported the diagnostic code `${code}', which lib/validation/codes.json does not list: please report this bug.";
    {
      inherit
        code
        severity
        message
        host
        hint
        ;
      inherit (position) file line column;
    };

  # Deterministic order: file, line, column, code, then host and message so
  # that two diagnostics at one position never swap between runs.
  sortDiagnostics = lists.sortOnTuple (d: [
    d.file
    d.line
    d.column
    d.code
    (if d.host == null then "" else d.host)
    d.message
  ]);

  # Exact duplicates (the same problem reached twice) are reported once.
  dedupeDiagnostics = lists.uniqueOn (
    d:
    builtins.concatStringsSep "\n" [
      d.code
      d.file
      (toString d.line)
      (toString d.column)
      (if d.host == null then "" else d.host)
      d.message
    ]
  );

  /**
    "file:line:col: code: message Hint."
  */
  formatDiagnostic =
    d:
    "${d.file}:${toString d.line}:${toString d.column}: ${d.code}: ${d.message}"
    + (if d.hint == null then "" else " ${d.hint}");

  errorsOf = builtins.filter (d: d.severity == "error");
in
{
  inherit
    relativeFile
    filePosition
    positionOf
    firstPositionOf
    showPosition
    make
    sortDiagnostics
    dedupeDiagnostics
    formatDiagnostic
    errorsOf
    ;
}
