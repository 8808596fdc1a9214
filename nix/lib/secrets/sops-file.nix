# Reading a sops-encrypted YAML file without decrypting it: which keys it holds (their names
# are cleartext, only the values are `ENC[…]`) and whom its data key is encrypted to (the
# cleartext `sops:` metadata).
#
# Nix has no YAML parser, and Arbor's library uses builtins only, so this is a reader for the
# YAML that sops writes (go-yaml, 4 spaces by default, 2 in files from older versions), not for
# YAML in general: block mappings (`key: value`, `key:` followed by a deeper block), block
# sequences (`- item`, also `- key: value` items), block scalars (`|`, `|-`, `>` … whose lines
# are skipped), plain and quoted scalars, comments (sops keeps encrypted comments as
# `#ENC[…]` lines) and blank lines. Flow collections (`[]`, `{}`) are taken as scalars, which is
# all the metadata needs (`kms: []`). Each line is read once, with a stack of the enclosing keys
# and their indentation, so a key's path is known where it is written:
#
#   wireguard:                   [ "wireguard" ]
#       private-key: ENC[…]      [ "wireguard" "private-key" ]
#   sops:
#       age:
#           - recipient: age1…   [ "sops" "age" "#0" "recipient" ]
#             enc: |             [ "sops" "age" "#0" "enc" ]   (the block below is skipped)
#
# Sequence items are path elements "#0", "#1", …. The age recipients are read from
# `sops.age[].recipient` and, for files with several key groups, `sops.key_groups[].age[]`.
let
  strings = import ../util/strings.nix;
  inherit (builtins)
    match
    filter
    foldl'
    isString
    split
    stringLength
    substring
    length
    head
    elemAt
    tail
    all
    genList
    ;

  /**
    Strip one pair of quotes; '' inside a single-quoted scalar is a quote.
  */
  unquote =
    text:
    let
      n = stringLength text;
      first = substring 0 1 text;
      last = substring (n - 1) 1 text;
      inner = substring 1 (n - 2) text;
    in
    if n >= 2 && first == "\"" && last == "\"" then
      builtins.replaceStrings [ "\\\"" "\\\\" ] [ "\"" "\\" ] inner
    else if n >= 2 && first == "'" && last == "'" then
      builtins.replaceStrings [ "''" ] [ "'" ] inner
    else
      text;

  /**
    A plain scalar ends before ` #` (a comment).
  */
  scalar =
    text:
    let
      quoted = match "(\"([^\"\\\\]|\\\\.)*\"|'([^']|'')*')[[:space:]]*(#.*)?" text;
      plain = match "(([^#]|[^[:space:]]#)*[^[:space:]#]?)[[:space:]]*(#.*)?" text;
    in
    if quoted != null then
      unquote (head quoted)
    else if plain != null then
      strings.removeSuffix " " (head plain)
    else
      text;

  # `key: rest` (rest may be empty). A key is a quoted scalar or plain text without ": ".
  keyLine = match "(\"[^\"]*\"|'[^']*'|([^:#[:space:]]|:[^[:space:]])([^:]|:[^[:space:]])*):([[:space:]]+(.*))?";

  /**
    Whether a YAML value starts a block scalar (`|` or `>`).
  */
  isBlockScalar = value: match "[|>][-+0-9]*([[:space:]]+#.*)?" value != null;

  /**
    Read sops' YAML. Returns { entries; } where each entry is { path; value; line; column; }:
    `value` is the scalar written after the key (null for a key that opens a block, or a block
    scalar), `line`/`column` where the key (or the item's `-`) is written.

    # Type

    ```
    read :: string -> { entries :: [ { path :: [string]; value :: string | null; line :: int; column :: int; } ]; }
    ```
  */
  read =
    text:
    let
      lines = filter isString (split "\n" text);
      numbered = genList (i: {
        number = i + 1;
        text = elemAt lines i;
      }) (length lines);

      # The stack: innermost last; each frame { indent; name; item; } (item: a `- ` frame).
      popWhile = pred: stack: if stack != [ ] && pred (lastOf stack) then popWhile pred (init stack) else stack;
      lastOf = stack: elemAt stack (length stack - 1);
      init = stack: genList (elemAt stack) (length stack - 1);
      pathOf = stack: map (f: f.name) stack;

      # A `key: value` at `indent` (after any `- ` prefixes were taken off).
      onKey =
        state: number: indent: key: rest:
        let
          stack = popWhile (f: f.indent >= indent) state.stack;
          name = unquote key;
          value = if rest == null || rest == "" then null else rest;
          block = value != null && isBlockScalar value;
          frame = {
            inherit indent name;
            item = false;
          };
        in
        state
        // {
          stack = stack ++ [ frame ];
          skipDeeperThan = if block then indent else null;
          entries = state.entries ++ [
            {
              path = pathOf stack ++ [ name ];
              value = if value == null || block then null else scalar value;
              line = number;
              column = indent + 1;
            }
          ];
        };

      # `- rest` at `indent`: a new item of the sequence at this indentation.
      onItem =
        state: number: indent: rest:
        let
          kept = popWhile (f: f.indent > indent || (f.indent == indent && f.item)) state.stack;
          previous = popWhile (f: f.indent > indent) state.stack;
          index =
            if previous != [ ] && (lastOf previous).item && (lastOf previous).indent == indent then
              (lastOf previous).index + 1
            else
              0;
          frame = {
            inherit indent index;
            name = "#${toString index}";
            item = true;
          };
          afterDash = match "-([[:space:]]+)(.*)" rest;
          inner = if afterDash == null then "" else elemAt afterDash 1;
          innerIndent = indent + 1 + (if afterDash == null then 0 else stringLength (head afterDash));
          withItem = state // {
            stack = kept ++ [ frame ];
            skipDeeperThan = null;
          };
        in
        if inner == "" then
          withItem
          // {
            entries = state.entries ++ [
              {
                path = pathOf kept ++ [ frame.name ];
                value = null;
                line = number;
                column = indent + 1;
              }
            ];
          }
        else
          onContent withItem number innerIndent inner;

      # The text of a line from `indent` on: an item, a key, or a scalar (a sequence entry).
      onContent =
        state: number: indent: content:
        let
          key = keyLine content;
        in
        if match "-([[:space:]].*)?" content != null then
          onItem state number indent content
        else if key != null then
          onKey state number indent (head key) (elemAt key 4)
        else if state.stack != [ ] && (lastOf state.stack).item then
          # `- scalar`: the item's value.
          state
          // {
            entries = state.entries ++ [
              {
                path = pathOf state.stack;
                value = scalar content;
                line = number;
                column = (lastOf state.stack).indent + 1;
              }
            ];
          }
        else
          state;

      step =
        state: line:
        let
          parts = match "( *)(.*)" line.text;
          indent = stringLength (head parts);
          content = elemAt parts 1;
          blank = match "[[:space:]]*(#.*)?" content != null;
        in
        if state.skipDeeperThan != null && (blank || indent > state.skipDeeperThan) then
          state
        else if blank || content == "---" || content == "..." then
          state // { skipDeeperThan = null; }
        else
          onContent (state // { skipDeeperThan = null; }) line.number indent content;

      final = foldl' step {
        stack = [ ];
        entries = [ ];
        skipDeeperThan = null;
      } numbered;
    in
    {
      inherit (final) entries;
    };

  /**
    Whether list `prefix` is a prefix of `list`.
  */
  hasPrefixList = prefix: list: length prefix <= length list && genList (elemAt list) (length prefix) == prefix;

  /**
    Whether a YAML key path is where sops keeps an age recipient.
  */
  isRecipientPath =
    path:
    let
      n = length path;
    in
    (n == 4 && elemAt path 0 == "sops" && elemAt path 1 == "age" && elemAt path 3 == "recipient")
    || (
      n == 6
      && elemAt path 0 == "sops"
      && elemAt path 1 == "key_groups"
      && elemAt path 3 == "age"
      && elemAt path 5 == "recipient"
    );

  /**
    What Arbor needs from a sops file: { encrypted; metadata; recipients; keys; }.
    `encrypted` is true when the file has a `sops:` block with a `mac`; `metadata` is the
    position of that block (or null); `recipients` are { recipient; line; column; } from its age
    entries; `keys` are the entries of the data (everything but `sops`).

    # Type

    ```
    describe :: string -> { encrypted :: bool; metadata :: entry | null; ageLine :: entry | null; recipients :: [ { recipient; line; column; } ]; keys :: [entry]; }
    ```
  */
  describe =
    text:
    let
      entries = (read text).entries;
      at = path: filter (e: e.path == path) entries;
      metadata = at [ "sops" ];
      inSops = filter (e: head e.path == "sops") entries;
    in
    {
      encrypted = metadata != [ ] && at [ "sops" "mac" ] != [ ];
      metadata = if metadata == [ ] then null else head metadata;
      ageLine =
        let
          found = at [ "sops" "age" ] ++ at [ "sops" "key_groups" ];
        in
        if found == [ ] then null else head found;
      recipients = map (e: {
        recipient = e.value;
        inherit (e) line column;
      }) (filter (e: isRecipientPath e.path && e.value != null) inSops);
      keys = filter (e: head e.path != "sops") entries;
    };
in
{
  inherit read describe hasPrefixList;
}
