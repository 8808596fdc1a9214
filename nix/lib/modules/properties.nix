# Properties: the wrappers a definition can carry before it becomes a value.
#
#   mkIf cond x      — x counts only when cond is true (cond is a Boolean, forced late)
#   mkMerge [ … ]    — several definitions written as one
#   mkOverride p x   — x with priority p (lower wins; plain definitions are 100)
#   mkOrder p x      — where x goes when list or string definitions are concatenated
#
# They are data (`_type` attribute sets), so the module system can look through them without
# evaluating what they guard. Two passes use that: `pushDownProperties` moves mkIf / mkMerge /
# mkOverride from an attribute set onto each of its attributes (without forcing any condition,
# which is what lets `config = mkIf config.foo.enable { … }` refer to itself), and
# `dischargeProperties` resolves them on the definitions of one option.
{ lib }:
let
  inherit (builtins)
    concatMap
    filter
    foldl'
    isBool
    isAttrs
    mapAttrs
    sort
    ;

  /**
    `v._type or null` is null for a value that is not a set, so the hot paths below write it inline
    instead of calling this.
  */
  typeOfProperty = value: value._type or null;

  defaultOverridePriority = 100;
  defaultOrderPriority = 1000;
in
rec {
  inherit defaultOverridePriority defaultOrderPriority;

  /**
    A definition that applies only when `condition` (a Boolean) is true.

    # Type

    ```
    mkIf :: Bool -> a -> Definition a
    ```
  */
  mkIf = condition: content: {
    _type = "if";
    inherit condition content;
  };

  /**
    Several definitions of the same option (or attribute set) written as one.

    # Type

    ```
    mkMerge :: [ Definition a ] -> Definition a
    ```
  */
  mkMerge = contents: {
    _type = "merge";
    inherit contents;
  };

  /**
    A definition with an explicit priority: of all definitions of an option only those with the
    lowest number count.
  */
  mkOverride = priority: content: {
    _type = "override";
    inherit priority content;
  };

  mkOptionDefault = mkOverride 1500; # what an option's `default` is
  mkDefault = mkOverride 1000;
  mkImageMediaOverride = mkOverride 60;
  mkForce = mkOverride 50;
  mkVMOverride = mkOverride 10;

  /** A definition with its own file (and any other fields), as one item of a `mkMerge`. */
  mkDefinition = args@{ file, value, ... }: args // { _type = "definition"; };

  /** Where a definition goes when definitions are concatenated (lower first; default 1000). */
  mkOrder = priority: content: {
    _type = "order";
    inherit priority content;
  };
  mkBefore = mkOrder 500;
  mkAfter = mkOrder 1500;

  /**
    The attribute sets a (possibly wrapped) configuration stands for, with mkIf / mkOverride
    moved onto each attribute. Conditions are not forced. Returns a list of
    `{ set; positions; }`, where `positions` is the attribute set whose attribute positions
    are the user's (the written set, not a rebuilt one).
  */
  pushDownProperties =
    cfg:
    let
      kind = cfg._type or null;
    in
    if kind == "merge" then
      concatMap pushDownProperties cfg.contents
    else if kind == "if" then
      map (part: part // { set = mapAttrs (_: mkIf cfg.condition) part.set; }) (pushDownProperties cfg.content)
    else if kind == "override" then
      map (part: part // { set = mapAttrs (_: mkOverride cfg.priority) part.set; }) (
        pushDownProperties cfg.content
      )
    else
      [
        {
          set = cfg;
          positions = cfg;
        }
      ];

  /**
    The plain definitions one definition stands for: mkMerge flattened, mkIf resolved (its
    condition must be a Boolean). mkOverride and mkOrder are kept for the next passes.
  */
  dischargeProperties =
    def:
    let
      kind = def._type or null;
    in
    if kind == "merge" then
      concatMap dischargeProperties def.contents
    else if kind == "if" then
      if isBool def.condition then
        if def.condition then dischargeProperties def.content else [ ]
      else
        throw "‘mkIf’ called with a non-Boolean condition"
    else
      [ def ];

  /**
    Keeps the definitions with the best (lowest) priority, unwrapping mkOverride.
    Returns `{ highestPrio; values; }`.
  */
  filterOverrides' =
    defs:
    let
      # Each definition's priority, and the unwrapped definition, computed once.
      ranked = map (
        def:
        if (def.value._type or null) == "override" then
          {
            priority = def.value.priority;
            def = def // { value = def.value.content; };
          }
        else
          {
            priority = defaultOverridePriority;
            inherit def;
          }
      ) defs;
      highestPrio = foldl' (best: r: if r.priority < best then r.priority else best) 9999 ranked;
    in
    {
      inherit highestPrio;
      values = map (r: r.def) (filter (r: r.priority == highestPrio) ranked);
    };

  /**
    The definitions that survive overriding: those of the highest priority, unwrapped.
  */
  filterOverrides = defs: (filterOverrides' defs).values;

  /**
    Definitions in mkOrder order, unwrapped; `builtins.sort` is stable, so equal priorities keep
    module order. As in nixpkgs, an ordered definition keeps its `priority` attribute.
  */
  sortProperties =
    defs:
    let
      strip =
        def:
        if (def.value._type or null) == "order" then
          def // { value = def.value.content; inherit (def.value) priority; }
        else
          def;
      priorityOf = def: def.priority or defaultOrderPriority;
    in
    sort (a: b: priorityOf a < priorityOf b) (map strip defs);

  /** Whether any definition carries mkOrder. */
  hasOrder = builtins.any (def: (def.value._type or null) == "order");

  inherit typeOfProperty;
}
