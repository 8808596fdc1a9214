# String helpers for Arbor's library.
#
# Arbor's model must evaluate without nixpkgs, so the few string functions it
# needs from `lib.strings` live here, written with builtins only. They mirror
# the nixpkgs names and semantics (`hasPrefix`, `concatMapStringsSep`, …) so a
# reader who knows nixpkgs lib reads this code without a dictionary.
#
# The one non-trivial piece is `didYouMean`: Levenshtein distance over the
# candidate names, used by every "unknown …" diagnostic to suggest the nearest
# name, the way nixpkgs' module system does for misspelt options.
let
  inherit (builtins)
    concatStringsSep
    genList
    foldl'
    length
    stringLength
    substring
    elemAt
    sort
    filter
    map
    ;

  /**
    Whether `s` starts with `prefix`.
  */
  hasPrefix = prefix: s: substring 0 (stringLength prefix) s == prefix;

  /**
    Whether `s` ends with `suffix`.
  */
  hasSuffix =
    suffix: s:
    let
      ls = stringLength s;
      lx = stringLength suffix;
    in
    ls >= lx && substring (ls - lx) lx s == suffix;

  /**
    `s` without `prefix` when it starts with it, else `s`.
  */
  removePrefix =
    prefix: s:
    if hasPrefix prefix s then substring (stringLength prefix) (stringLength s) s else s;

  /**
    `s` without `suffix` when it ends with it, else `s`.
  */
  removeSuffix =
    suffix: s:
    if hasSuffix suffix s then substring 0 (stringLength s - stringLength suffix) s else s;

  /**
    `f` applied to each element, joined with `sep`.
  */
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);

  /**
    "a.b.c" -> [ "a" "b" "c" ]; `builtins.split` interleaves the separators as lists.
  */
  splitOn =
    separatorRegex: s: filter builtins.isString (builtins.split separatorRegex s);

  /**
    The characters of `s`, as a list of one-character strings.
  */
  stringToCharacters = s: genList (i: substring i 1 s) (stringLength s);

  /**
    Quote a name the way Nix prints it in messages: "name".
  */
  quote = s: "\"${s}\"";

  /**
    "a", "b" and "c"
  */
  humanList =
    items:
    let
      n = length items;
      quoted = map quote items;
    in
    if n == 0 then
      "(none)"
    else if n == 1 then
      elemAt quoted 0
    else
      concatStringsSep ", " (genList (i: elemAt quoted i) (n - 1)) + " and " + elemAt quoted (n - 1);

  /**
    Levenshtein distance, one row at a time: O(|a|·|b|) time, O(|b|) space.
  */
  levenshtein =
    a: b:
    let
      as = stringToCharacters a;
      bs = stringToCharacters b;
      lb = length bs;
      firstRow = genList (j: j) (lb + 1);
      nextRow =
        row: i: ca:
        foldl' (
          acc: j:
          let
            cost = if ca == elemAt bs (j - 1) then 0 else 1;
            deletion = elemAt row j + 1;
            insertion = elemAt acc (j - 1) + 1;
            substitution = elemAt row (j - 1) + cost;
            best = builtins.foldl' (x: y: if y < x then y else x) deletion [
              insertion
              substitution
            ];
          in
          acc ++ [ best ]
        ) [ i ] (genList (j: j + 1) lb);
      lastRow = foldl' (
        state: ca: {
          i = state.i + 1;
          row = nextRow state.row (state.i + 1) ca;
        }
      ) { i = 0; row = firstRow; } as;
    in
    elemAt lastRow.row lb;

  /**
    The nearest candidate within a third of the name's length (at least 2 edits), or null. Ties go
    to the alphabetically first candidate, so the hint never depends on attribute order.
  */
  nearest =
    name: candidates:
    let
      limit =
        let
          third = stringLength name / 3;
        in
        if third < 2 then 2 else third;
      scored = map (c: {
        name = c;
        distance = levenshtein name c;
      }) candidates;
      close = filter (s: s.distance <= limit) scored;
      ordered = sort (
        x: y: x.distance < y.distance || (x.distance == y.distance && x.name < y.name)
      ) close;
    in
    if ordered == [ ] then null else (elemAt ordered 0).name;

  /**
    A hint for an unknown name: "Did you mean "x"?" or the list of known names.
  */
  didYouMean =
    what: name: candidates:
    let
      best = nearest name candidates;
      known = sort (x: y: x < y) candidates;
      shown = if length known > 12 then genList (elemAt known) 12 else known;
      more = if length known > 12 then " (and ${toString (length known - 12)} more)" else "";
    in
    if best != null then
      "Did you mean ${quote best}?"
    else if candidates == [ ] then
      "There are no ${what} yet."
    else
      "Known ${what}: ${concatStringsSep ", " shown}${more}.";
in
{
  inherit
    hasPrefix
    hasSuffix
    removePrefix
    removeSuffix
    concatMapStringsSep
    splitOn
    stringToCharacters
    quote
    humanList
    levenshtein
    nearest
    didYouMean
    ;
}
