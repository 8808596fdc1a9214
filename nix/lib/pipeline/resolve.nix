# Resolution: from the selections a host makes to the ordered list of units.
#
# `requires` is resolved transitively by a depth-first search in post-order:
# every unit comes after everything it requires, and units that do not depend
# on each other keep the order in which they were selected (the host's roles
# in order, then the host's own list, then what its fruits require). Two
# hosts that select the same things in the same order always get the same
# list, which keeps module order, and therefore `mkOrder`-free merges,
# stable.
#
# The search per unit is memoized in `closureOf.<id>` (a lazy attrset), so a
# fleet of 1,000 hosts that share 50 dendrites runs 50 searches, not 1,000.
# Concatenating the closures of the roots in selection order and keeping the
# first occurrence of each id gives exactly the post-order of one search
# with a shared visited set: a unit reached again has its whole closure
# already listed.
#
# Cycles cannot make this loop: the search carries the current path and
# treats an edge back into it as a cycle, which it records (for
# `requires-cycle`) and does not follow. Unknown ids are skipped here and
# reported by validation.
let
  lists = import ../util/lists.nix;
  inherit (builtins)
    attrNames
    concatMap
    foldl'
    map
    filter
    length
    elemAt
    listToAttrs
    groupBy
    concatStringsSep
    ;

  /**
    A resolver over one kind of unit. `units.<id>.requires` are the edges; `label` names the kind in
    reasons ("dendrite", "home").
  */
  mkResolver =
    { units, label }:
    let
      # state: { marks = { <id> = "active" | "done"; }; order; cycles; }
      visit =
        path: state: id:
        let
          mark = state.marks.${id} or null;
          here = path ++ [ id ];
        in
        if !(units ? ${id}) then
          state
        else if mark == "active" then
          state // { cycles = state.cycles ++ [ (lists.dropUntil (x: x == id) path ++ [ id ]) ]; }
        else if mark == "done" then
          state
        else
          let
            entered = state // { marks = state.marks // { ${id} = "active"; }; };
            afterRequires = foldl' (visit here) entered units.${id}.requires;
          in
          afterRequires
          // {
            marks = afterRequires.marks // { ${id} = "done"; };
            order = afterRequires.order ++ [
              {
                inherit id;
                via = here;
              }
            ];
          };

      search = roots: foldl' (visit [ ]) {
        marks = { };
        order = [ ];
        cycles = [ ];
      } roots;

      # Every cycle once, rotated to start at its smallest id.
      canonical =
        cycle:
        let
          ring = lists.take (length cycle - 1) cycle;
          smallest = foldl' (a: b: if b < a then b else a) (elemAt ring 0) ring;
          rotated = lists.dropUntil (x: x == smallest) ring ++ lists.takeUntil (x: x == smallest) ring;
        in
        rotated ++ [ smallest ];
      cycles = lists.uniqueOn (concatStringsSep " → ") (
        map canonical (search (attrNames units)).cycles
      );

      # Each entry: { id; chain = [ "<label> <id>" … ]; }, the path from the
      # root, labelled once here rather than once per host.
      closureOf = listToAttrs (
        map (id: {
          name = id;
          value = map (c: {
            inherit (c) id;
            chain = map (x: "${label} ${x}") c.via;
          }) (search [ id ]).order;
        }) (attrNames units)
      );

      # selections: [ { id; origin; prefix ? [ labels ]; } ] in selection order.
      # Returns [ { id; reasons = [ { origin; chain; } ]; } ] in resolution order.
      resolve =
        selections:
        let
          known = filter (s: units ? ${s.id}) selections;
          expanded = concatMap (
            s:
            let
              prefix = s.prefix or [ ];
            in
            map (c: {
              inherit (c) id;
              reason = {
                inherit (s) origin;
                chain = if prefix == [ ] then c.chain else prefix ++ c.chain;
              };
            }) closureOf.${s.id}
          ) known;
          reasonsById = groupBy (e: e.id) expanded;
          # The same selection listed twice gives the same reason twice.
          distinct = reasons: if length reasons == 1 then reasons else lists.uniqueOn reasonKey reasons;
        in
        map (e: {
          inherit (e) id;
          reasons = distinct (map (x: x.reason) reasonsById.${e.id});
        }) (lists.uniqueOn (e: e.id) expanded);
    in
    {
      inherit cycles closureOf resolve;
    };

  /**
    A key that identifies a reason (origin and chain), for de-duplication.
  */
  reasonKey =
    r: "${r.origin.kind} ${r.origin.name} ${concatStringsSep " " r.chain}";

  /**
    "role server (inventory/roles.nix:3:5) → dendrite base"
  */
  showReason =
    r:
    let
      p = r.origin.position;
    in
    concatStringsSep " → " (
      [ "${r.origin.kind} ${r.origin.name} (${p.file}:${toString p.line}:${toString p.column})" ]
      ++ r.chain
    );

  /**
    Fruits are not transitive among themselves (a fruit's `fruits` are checked, `missing-fruit`), so
    they only need de-duplication.
  */
  resolveFruits =
    fruitUnits: selections:
    let
      known = filter (s: fruitUnits ? ${s.id}) selections;
      reasonsById = groupBy (s: s.id) known;
    in
    map (s: {
      inherit (s) id;
      reasons = map (x: {
        inherit (x) origin;
        chain = [ "fruit ${s.id}" ];
      }) reasonsById.${s.id};
    }) (lists.uniqueOn (s: s.id) known);
in
{
  inherit
    mkResolver
    resolveFruits
    showReason
    reasonKey
    ;
}
