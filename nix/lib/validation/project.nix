# Validation of references and units: everything that can be checked once
# for the whole project, before looking at a particular host.
#
#   unknown-role, unknown-user, unknown-dendrite, unknown-fruit,
#   unknown-home, unknown-network   a name that does not exist (hint: the
#                                   nearest name, or the known ones)
#   missing-meta                    a dendrite or fruit without meta.nix
#   requires-cycle                  a cycle in dendrite or home `requires`
#   orphan-override                 hosts/<x>/ without a host x
#   role-cardinality                fewer or more hosts hold a role than its
#                                   `hosts = { min; max; }` allows
#
# A reference is reported where it is written: a host's list in
# inventory/hosts.nix, a role's list in inventory/roles.nix, a `requires` in
# a meta.nix. So a typo in a role is one diagnostic, not one per host.
# Per-host checks live in `host.nix`.
#
# This folder holds every check and the diagnostics they make: project.nix (here), host.nix and
# deploy.nix (per host), facts.nix (declared facts), schema.nix (a value against contract.nix),
# and diagnostics.nix (records, positions, formatting) with the code registry codes.json.
{
  normalized,
  discovered,
  resolvers,
  diagnostics,
}:
let
  strings = import ../util/strings.nix;
  inherit (strings) quote didYouMean;
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
    length
    concatStringsSep
    ;

  kinds = {
    role = {
      set = roles;
      plural = "roles";
      where = "inventory/roles.nix";
    };
    user = {
      set = users;
      plural = "users";
      where = "inventory/users.nix";
    };
    network = {
      set = networks;
      plural = "networks";
      where = "inventory/networks.nix";
    };
    dendrite = {
      set = dendrites;
      plural = "dendrites";
      where = "dendrites/";
    };
    fruit = {
      set = fruits;
      plural = "fruits";
      where = "fruits/";
    };
    home = {
      set = homes;
      plural = "homes";
      where = "homes/";
    };
  };

  /**
    A dendrite named where a fruit is expected (or the reverse) gets a hint that says so, because
    the did-you-mean would not find it.
  */
  crossHint =
    kind: name:
    if kind == "dendrite" && fruits ? ${name} then
      "${quote name} is a fruit: list it under `fruits`."
    else if kind == "fruit" && dendrites ? ${name} then
      "${quote name} is a dendrite: list it under `dendrites`."
    else
      null;

  /**
    References of `kind` listed in `field` of `owner` (a record with raw/file).
  */
  unknownReferences =
    {
      kind,
      names,
      ownerLabel,
      raw,
      field,
      file,
      host ? null,
      severity ? "error",
    }:
    let
      k = kinds.${kind};
    in
    map (
      name:
      let
        cross = crossHint kind name;
      in
      diagnostics.make {
        code = "unknown-${kind}";
        inherit host severity;
        position = diagnostics.positionOf field raw file;
        message = "${ownerLabel} refers to ${kind} ${quote name}, which is not defined in ${k.where}.";
        hint = if cross != null then cross else didYouMean k.plural name (attrNames k.set);
      }
    ) (filter (name: !(k.set ? ${name})) names);

  hostReferences = concatMap (
    name:
    let
      h = hosts.${name};
      ref =
        kind: field: names:
        unknownReferences {
          inherit kind names field;
          inherit (h) raw file;
          ownerLabel = "host ${name}";
          host = name;
        };
    in
    ref "role" "roles" h.roles
    ++ ref "user" "users" h.users
    ++ ref "dendrite" "dendrites" (map (s: s.id) (filter (s: s.origin.kind == "host") h.dendriteSelections))
    ++ ref "fruit" "fruits" (map (s: s.id) (filter (s: s.origin.kind == "host") h.fruitSelections))
    ++ concatMap (
      net:
      unknownReferences {
        kind = "network";
        names = [ net ];
        field = net;
        raw = h.raw.networks or { };
        inherit (h) file;
        ownerLabel = "host ${name}";
        host = name;
      }
    ) (attrNames h.networks)
  ) (attrNames hosts);

  roleReferences = concatMap (
    name:
    let
      r = roles.${name};
      ref =
        kind: field:
        unknownReferences {
          inherit kind field;
          inherit (r) raw file;
          names = r.${field};
          ownerLabel = "role ${name}";
        };
    in
    ref "dendrite" "dendrites" ++ ref "fruit" "fruits" ++ ref "home" "homes"
  ) (attrNames roles);

  userReferences = concatMap (
    name:
    unknownReferences {
      kind = "home";
      field = "homes";
      names = users.${name}.homes;
      inherit (users.${name}) raw file;
      ownerLabel = "user ${name}";
    }
  ) (attrNames users);

  /**
    Diagnostics for the names in field `field` of every unit's meta.nix that name no `kind`.
  */
  metaReferences =
    unitKind: set: field: kind: severity:
    concatMap (
      id:
      let
        u = set.${id};
      in
      if u.metaFile == null then
        [ ]
      else
        unknownReferences {
          inherit kind field severity;
          names = u.${field};
          raw = u.rawMeta;
          file = u.metaFile;
          ownerLabel = "${unitKind} ${id}";
        }
    ) (attrNames set);

  # `conflicts` may name dendrites this project does not have (the contract's
  # own example: zfs conflicts with storage/btrfs): a conflict with something
  # that is never selected is harmless, so those names are not checked.
  unitReferences =
    metaReferences "dendrite" dendrites "requires" "dendrite" "error"
    ++ metaReferences "fruit" fruits "requires" "dendrite" "error"
    ++ metaReferences "fruit" fruits "fruits" "fruit" "error"
    ++ metaReferences "home" homes "requires" "home" "error";

  /**
    A `missing-meta` diagnostic for each unit of `set` without a meta.nix.
  */
  missingMeta =
    set:
    map (
      id:
      let
        u = set.${id};
        file =
          if u.file != null then
            u.file
          else if u.leaves != [ ] then
            head u.leaves
          else
            "${u.dir}/meta.nix";
      in
      diagnostics.make {
        code = "missing-meta";
        position = diagnostics.filePosition file;
        message = "${u.kind} ${id} (${u.dir}/) has no meta.nix, so Arbor cannot tell what it requires or which class it is for.";
        hint = "Create ${u.dir}/meta.nix, e.g. { description = \"…\"; class = \"nixos\"; requires = [ ]; }.";
      }
    ) (filter (id: set.${id}.metaFile == null) (attrNames set));

  /**
    A `requires-cycle` diagnostic for each cycle found among the units of `set`.
  */
  cycleDiagnostics =
    kind: set: cycles:
    map (
      cycle:
      let
        first = set.${head cycle};
      in
      diagnostics.make {
        code = "requires-cycle";
        position = diagnostics.positionOf "requires" first.rawMeta first.metaFile;
        message = "${kind}s require each other in a cycle: ${concatStringsSep " → " cycle}.";
        hint = "Remove one of these `requires` so that the ${kind}s form a tree; a ${kind} cannot depend on itself${
          if length cycle > 2 then " through others" else ""
        }.";
      }
    ) cycles;

  orphanOverrides = map (
    name:
    let
      o = discovered.overrides.${name};
    in
    diagnostics.make {
      code = "orphan-override";
      position = diagnostics.filePosition (if o.files != [ ] then head o.files else o.dir);
      message = "${o.dir}/ holds overrides for host ${quote name}, but inventory/hosts.nix defines no such host, so they are never used.";
      hint =
        let
          guess = strings.nearest name (attrNames hosts);
        in
        if guess != null then
          "Did you mean host ${quote guess}? Rename the directory to hosts/${guess}/."
        else
          "Add host ${quote name} to inventory/hosts.nix, or delete ${o.dir}/ (or rename it to hosts/_${name}/ to keep it unused).";
    }
  ) (filter (name: !(hosts ? ${name})) (attrNames discovered.overrides));

  # role-cardinality: reported at the role's `hosts`, listing who holds it.
  cardinality = concatMap (
    name:
    let
      r = roles.${name};
      holders = filter (h: builtins.elem name hosts.${h}.roles) (attrNames hosts);
      n = length holders;
      tooFew = r.hosts.min != null && n < r.hosts.min;
      tooMany = r.hosts.max != null && n > r.hosts.max;
      bound = if tooFew then "at least ${toString r.hosts.min}" else "at most ${toString r.hosts.max}";
      held =
        if holders == [ ] then
          "no host holds it"
        else
          "${toString n} host${if n == 1 then "" else "s"} hold${if n == 1 then "s" else ""} it (${strings.humanList holders})";
    in
    if tooFew || tooMany then
      [
        (diagnostics.make {
          code = "role-cardinality";
          position = diagnostics.positionOf "hosts" r.raw r.file;
          message = "role ${name} must be held by ${bound} host${
            if (if tooFew then r.hosts.min else r.hosts.max) == 1 then "" else "s"
          }, but ${held}.";
          hint =
            if tooFew then
              "Add \"${name}\" to the roles of more hosts in inventory/hosts.nix, or lower roles.${name}.hosts.min."
            else
              "Remove \"${name}\" from the roles of some hosts, or raise roles.${name}.hosts.max.";
        })
      ]
    else
      [ ]
  ) (attrNames roles);
in
hostReferences
++ roleReferences
++ userReferences
++ unitReferences
++ missingMeta dendrites
++ missingMeta fruits
++ cycleDiagnostics "dendrite" dendrites resolvers.dendrites.cycles
++ cycleDiagnostics "home" homes resolvers.homes.cycles
++ orphanOverrides
++ cardinality
