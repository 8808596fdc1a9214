# The graph: every named thing in the project and how the inventory links
# them, for the playground's graph view and `arbor graph`.
#
# Nodes: { id = "<kind>:<name>"; kind; name; description; class; file; line;
# column; } for kinds host, role, user, network, dendrite, fruit, home,
# override. Edges: { from; to; type; file; line; column; } where the position
# is the attribute that declares the edge:
#   has-role   host → role          (host.roles)
#   selects    host → user          (host.users)
#              host|role → dendrite|fruit
#   uses-home  user|role → home
#   member-of  host → network       (host.networks.<n>)
#   requires   dendrite → dendrite, fruit → dendrite|fruit, home → home
#   conflicts  dendrite|fruit → dendrite
#   overrides  override → host      (the override directory)
#   needs-secret  dendrite|fruit|home → secret  (meta.nix `secrets."<name>"`)
# A `secret` node stands for one secret name, however many units need it; it
# is positioned at its first declaration.
# The graph shows declarations, not per-host resolution (that is in
# `hosts.<h>.modules`), so it stays linear in the size of the inventory.
# Edges to names that do not exist are left out: a diagnostic reports them.
{ normalized, discovered, diagnostics }:
let
  lists = import ../util/lists.nix;
  inherit (normalized)
    hosts
    users
    roles
    networks
    dendrites
    fruits
    homes
    ;
  inherit (builtins)
    attrNames
    concatMap
    map
    filter
    head
    ;

  sets = {
    host = hosts;
    role = roles;
    user = users;
    network = networks;
    dendrite = dendrites;
    fruit = fruits;
    home = homes;
    override = discovered.overrides;
  };

  /**
    The graph nodes of one kind of inventory entry (hosts, users, roles, networks).
  */
  inventoryNodes =
    kind:
    map (
      name:
      let
        e = sets.${kind}.${name};
      in
      {
        id = "${kind}:${name}";
        inherit kind name;
        description = e.description or null;
        class = e.class or null;
        inherit (e.position) file line column;
      }
    ) (attrNames sets.${kind});

  /**
    The file a unit's node points at: its meta.nix, else its default.nix, else its directory.
  */
  unitFile =
    u:
    if u.metaFile != null then
      u.metaFile
    else if u.file != null then
      u.file
    else
      u.dir;

  /**
    The graph nodes of one kind of unit (dendrites, fruits, homes).
  */
  unitNodes =
    kind:
    map (
      id:
      let
        u = sets.${kind}.${id};
      in
      {
        id = "${kind}:${id}";
        inherit kind;
        name = id;
        inherit (u) description class;
        file = unitFile u;
        line = 1;
        column = 1;
      }
    ) (attrNames sets.${kind});

  overrideNodes = map (
    name:
    let
      o = discovered.overrides.${name};
    in
    {
      id = "override:${name}";
      kind = "override";
      inherit name;
      description = null;
      class = null;
      file = if o.files != [ ] then head o.files else o.dir;
      line = 1;
      column = 1;
    }
  ) (attrNames discovered.overrides);

  # Secrets: every name a dendrite or fruit declares, with its declarations.
  declarations = concatMap (
    u:
    map (name: {
      inherit name;
      unit = u;
      spec = u.secrets.${name};
      position = diagnostics.positionOf name (u.rawMeta.secrets or { }) u.metaFile;
    }) (attrNames u.secrets)
  ) (
    map (id: dendrites.${id}) (attrNames dendrites)
    ++ map (id: fruits.${id}) (attrNames fruits)
    ++ map (id: homes.${id}) (attrNames homes)
  );
  secretNodes = map (d: {
    id = "secret:${d.name}";
    kind = "secret";
    inherit (d) name;
    inherit (d.spec) description;
    class = null;
    inherit (d.position) file line column;
  }) (lists.uniqueOn (d: d.name) declarations);
  secretEdges = map (d: {
    from = "${d.unit.kind}:${d.unit.id}";
    to = "secret:${d.name}";
    type = "needs-secret";
    inherit (d.position) file line column;
  }) declarations;

  nodes =
    inventoryNodes "host"
    ++ inventoryNodes "role"
    ++ inventoryNodes "user"
    ++ inventoryNodes "network"
    ++ unitNodes "dendrite"
    ++ unitNodes "fruit"
    ++ unitNodes "home"
    ++ overrideNodes
    ++ secretNodes;

  /**
    Edges from `from` to each existing name of `toKind`, positioned at `field` of `raw`.
  */
  edgesTo =
    {
      from,
      type,
      toKind,
      names,
      raw,
      field,
      file,
    }:
    let
      position = diagnostics.positionOf field raw file;
    in
    map (name: {
      inherit from type;
      to = "${toKind}:${name}";
      inherit (position) file line column;
    }) (filter (name: sets.${toKind} ? ${name}) names);

  hostEdges = concatMap (
    name:
    let
      h = hosts.${name};
      from = "host:${name}";
      edge =
        type: toKind: field: names:
        edgesTo {
          inherit from type toKind names field;
          inherit (h) raw file;
        };
      own = field: map (s: s.id) (filter (s: s.origin.kind == "host") field);
    in
    edge "has-role" "role" "roles" h.roles
    ++ edge "selects" "user" "users" h.users
    ++ edge "selects" "dendrite" "dendrites" (own h.dendriteSelections)
    ++ edge "selects" "fruit" "fruits" (own h.fruitSelections)
    ++ concatMap (
      net:
      edgesTo {
        inherit from;
        type = "member-of";
        toKind = "network";
        names = [ net ];
        field = net;
        raw = h.raw.networks or { };
        inherit (h) file;
      }
    ) (attrNames h.networks)
  ) (attrNames hosts);

  /**
    The edges of every entry of `set` of `kind`, one batch for each edge spec.
  */
  recordEdges =
    kind: set: specs:
    concatMap (
      name:
      let
        e = set.${name};
      in
      concatMap (
        spec:
        edgesTo {
          from = "${kind}:${name}";
          inherit (spec) type toKind field;
          names = e.${spec.attr};
          raw = e.${spec.raw};
          file = if spec.raw == "raw" then e.file else unitFile e;
        }
      ) specs
    ) (attrNames set);

  /**
    An edge spec: edges of `type` to nodes of `toKind`, named by field `attr` (raw field `raw`).
  */
  spec = type: toKind: field: attr: raw: {
    inherit
      type
      toKind
      field
      attr
      raw
      ;
  };

  roleEdges = recordEdges "role" roles [
    (spec "selects" "dendrite" "dendrites" "dendrites" "raw")
    (spec "selects" "fruit" "fruits" "fruits" "raw")
    (spec "uses-home" "home" "homes" "homes" "raw")
  ];
  userEdges = recordEdges "user" users [ (spec "uses-home" "home" "homes" "homes" "raw") ];
  dendriteEdges = recordEdges "dendrite" dendrites [
    (spec "requires" "dendrite" "requires" "requires" "rawMeta")
    (spec "conflicts" "dendrite" "conflicts" "conflicts" "rawMeta")
  ];
  fruitEdges = recordEdges "fruit" fruits [
    (spec "requires" "dendrite" "requires" "requires" "rawMeta")
    (spec "requires" "fruit" "fruits" "fruits" "rawMeta")
    (spec "conflicts" "dendrite" "conflicts" "conflicts" "rawMeta")
  ];
  homeEdges = recordEdges "home" homes [ (spec "requires" "home" "requires" "requires" "rawMeta") ];

  overrideEdges = map (n: {
    from = n.id;
    to = "host:${n.name}";
    type = "overrides";
    inherit (n) file line column;
  }) (filter (n: hosts ? ${n.name}) overrideNodes);
in
{
  inherit nodes;
  edges = lists.uniqueOn (e: "${e.from} ${e.type} ${e.to}") (
    hostEdges
    ++ roleEdges
    ++ userEdges
    ++ dendriteEdges
    ++ fruitEdges
    ++ homeEdges
    ++ overrideEdges
    ++ secretEdges
  );
}
