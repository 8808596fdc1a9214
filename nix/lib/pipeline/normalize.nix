# Normalization: the checked inventory and metadata, with every default filled.
#
# Input: what `discover.nix` found. Output: hosts, users, roles, networks and
# units (dendrites, fruits, homes) whose fields are all present and well
# typed, plus the schema diagnostics (`unknown-field`, `invalid-field`,
# `meta-mismatch`) found on the way. Each record keeps `raw`, the attrset as
# the user wrote it, because positions (`builtins.unsafeGetAttrPos`) can only
# be read from the original attrsets.
#
# Defaults: `system` is "x86_64-linux"; `class` is "darwin" when the system
# ends in "-darwin", else "nixos"; a dendrite's `class` is "nixos"; deploy
# `tools` are both Colmena and deploy-rs on NixOS, deploy-rs alone on darwin
# (Colmena only deploys NixOS); `targetUser` is "root"; `checks` is false;
# comin's `branch` is "main"; a secret's `mode` is "0400", `shared` false;
# the secrets backend is "sops" when inventory/secrets.nix names none.
#
# Roles are merged into hosts here. Every selection keeps its provenance,
# `{ id; origin; }`, where `origin` names the role or host that made it and
# the position of the list it sits in. Selection order is: the host's roles
# in order (each role's list in order), then the host's own list.
{ discovered, diagnostics }:
let
  strings = import ../util/strings.nix;
  attrs = import ../util/attrs.nix;
  contract = import ../validation/contract.nix;
  schema = import ../validation/schema.nix { inherit diagnostics; };
  inherit (strings) hasSuffix quote;
  inherit (builtins)
    attrNames
    isAttrs
    concatMap
    listToAttrs
    map
    mapAttrs
    filter
    elem
    ;

  /**
    Check each entry of an inventory file against `spec`.
  */
  checkFile =
    kind: spec: inventoryFile:
    let
      file = inventoryFile.file;
      value = inventoryFile.value;
      entries = if isAttrs value then attrNames value else [ ];
      checked = map (name: {
        inherit name;
        r = schema.checkValue spec value.${name} {
          what = "${kind} ${name}";
          path = "";
          position = diagnostics.positionOf name value file;
          inherit file;
          typeCode = "invalid-field";
          host = if kind == "host" then name else null;
        };
      }) entries;
      topLevel =
        if isAttrs value then
          [ ]
        else
          [
            (diagnostics.make {
              code = "invalid-field";
              position = diagnostics.filePosition file;
              message = "${file} must evaluate to an attribute set of ${kind}s, but it is ${schema.describeValue value}.";
            })
          ];
    in
    {
      diagnostics = topLevel ++ concatMap (c: c.r.diagnostics) checked;
      entries = listToAttrs (
        map (c: {
          inherit (c) name;
          value = {
            clean = if c.r.ok then c.r.clean else { };
            raw = if isAttrs value.${c.name} then value.${c.name} else { };
            position = diagnostics.positionOf c.name value file;
            inherit file;
          };
        }) checked
      );
    };

  hostsChecked = checkFile "host" contract.host discovered.inventory.hosts;
  usersChecked = checkFile "user" contract.user discovered.inventory.users;
  rolesChecked = checkFile "role" contract.role discovered.inventory.roles;
  networksChecked = checkFile "network" contract.network discovered.inventory.networks;

  networks = mapAttrs (name: e: {
    inherit name;
    inherit (e) raw position file;
    kind = e.clean.kind or null;
    cidr = e.clean.cidr or null;
    private = e.clean.private or false;
    description = e.clean.description or null;
    overlay = (e.clean.private or false) || elem (e.clean.kind or "") contract.overlayKinds;
  }) networksChecked.entries;

  users = mapAttrs (name: e: {
    inherit name;
    inherit (e) raw position file;
    uid = e.clean.uid or null;
    description = e.clean.description or null;
    groups = e.clean.groups or [ ];
    homes = e.clean.homes or [ ];
    sshKeys = e.clean.sshKeys or [ ];
    keys.age = e.clean.keys.age or null;
    facts = e.clean.facts or { };
  }) usersChecked.entries;

  roles = mapAttrs (name: e: {
    inherit name;
    inherit (e) raw position file;
    description = e.clean.description or null;
    dendrites = e.clean.dendrites or [ ];
    fruits = e.clean.fruits or [ ];
    homes = e.clean.homes or [ ];
    # How many hosts may hold the role (role-cardinality); null bounds are open.
    hosts = {
      min = e.clean.hosts.min or null;
      max = e.clean.hosts.max or null;
    };
  }) rolesChecked.entries;

  /**
    A selection: an id plus where it was made.
  */
  originOf = kind: name: raw: field: fallbackFile: {
    inherit kind name;
    position = diagnostics.positionOf field raw fallbackFile;
  };

  /**
    Selections of `ids`, each remembering the `origin` that asked for it.
  */
  selectionsFrom =
    origin: ids:
    map (id: {
      inherit id origin;
    }) ids;

  /**
    Host `name` checked against the contract, with every default filled and its roles merged in.
  */
  normalizeHost =
    name: e:
    let
      c = e.clean;
      system = c.system or "x86_64-linux";
      class = c.class or (if hasSuffix "-darwin" system then "darwin" else "nixos");
      hostRoles = c.roles or [ ];
      knownRoles = filter (r: roles ? ${r}) hostRoles;
      fromRoles =
        field:
        concatMap (
          r: selectionsFrom (originOf "role" r roles.${r}.raw field roles.${r}.file) roles.${r}.${field}
        ) knownRoles;
      fromHost = field: selectionsFrom (originOf "host" name e.raw field e.file) (c.${field} or [ ]);
      memberships = mapAttrs (net: m: {
        address = m.address or null;
        interface = m.interface or null;
      }) (c.networks or { });
      addressIn = net: if memberships ? ${net} then memberships.${net}.address else null;
      deploy =
        if c ? deploy then
          let
            d = c.deploy;
          in
          {
            tools =
              d.tools or (
                if class == "darwin" then
                  [ "deploy-rs" ]
                else
                  [
                    "colmena"
                    "deploy-rs"
                  ]
              );
            # deploy-rs' deployChecks evaluate (and build) every node: opt-in.
            checks = d.checks or false;
            comin =
              if d ? comin then
                {
                  url = d.comin.url or null;
                  branch = d.comin.branch or "main";
                }
              else
                null;
            network = d.network or null;
            targetHost = d.targetHost or (if d ? network then addressIn d.network else null);
            targetUser = d.targetUser or "root";
            sshPort = d.sshPort or null;
            tags = d.tags or [ ];
            buildOnTarget = d.buildOnTarget or false;
          }
        else
          null;
      bootstrap =
        if c ? bootstrap then
          {
            installer = c.bootstrap.installer or "nixos-anywhere";
            disko = if c.bootstrap ? disko then "hosts/${name}/${c.bootstrap.disko}" else null;
            network = c.bootstrap.network or null;
            targetHost = if c.bootstrap ? network then addressIn c.bootstrap.network else null;
          }
        else
          null;
    in
    {
      inherit name system class;
      inherit (e) raw position file;
      description = c.description or null;
      roles = hostRoles;
      users = c.users or [ ];
      networks = memberships;
      facts = c.facts or { };
      ports = c.ports or { };
      keys = {
        ssh = c.keys.ssh or null;
        age = c.keys.age or null;
      };
      inherit deploy bootstrap;
      dendriteSelections = fromRoles "dendrites" ++ fromHost "dendrites";
      fruitSelections = fromRoles "fruits" ++ fromHost "fruits";
      roleHomeSelections = fromRoles "homes";
    };

  hosts = mapAttrs normalizeHost hostsChecked.entries;

  # inventory/secrets.nix: one attrset, not a set of entries.
  secretsFile = discovered.inventory.secrets;
  secretsChecked =
    if secretsFile.present then
      schema.checkValue contract.secretsSettings secretsFile.value {
        what = secretsFile.file;
        path = "";
        position = diagnostics.filePosition secretsFile.file;
        file = secretsFile.file;
        typeCode = "invalid-field";
        host = null;
      }
    else
      {
        ok = true;
        clean = { };
        diagnostics = [ ];
      };
  secrets = {
    inherit (secretsFile) present file;
    raw = if isAttrs secretsFile.value then secretsFile.value else { };
    # Without inventory/secrets.nix there is no backend: hosts that need secrets are reported.
    backend = if secretsFile.present then secretsChecked.clean.backend or "sops" else null;
    admins = secretsChecked.clean.admins or [ ];
  };

  /**
    meta.nix of dendrites, fruits and homes.
  */
  checkMeta =
    spec: unit:
    if unit.meta == null then
      {
        ok = false;
        clean = { };
        diagnostics = [ ];
      }
    else
      schema.checkValue spec unit.meta {
        what = "${unit.kind} ${unit.id}";
        path = "";
        position = diagnostics.filePosition unit.metaFile;
        file = unit.metaFile;
        typeCode = "meta-mismatch";
        host = null;
      };

  /**
    A dendrite, fruit or home with its meta.nix checked against `spec` and defaults filled.
  */
  normalizeUnit =
    spec: defaultClass: unit:
    let
      checked = checkMeta spec unit;
      m = if checked.ok then checked.clean else { };
    in
    unit
    // {
      rawMeta = if isAttrs unit.meta then unit.meta else { };
      description = m.description or null;
      class = m.class or defaultClass;
      requires = m.requires or [ ];
      conflicts = m.conflicts or [ ];
      factChecks = m.facts or { };
      # "storage.zfs.hostId" → [ "storage" "zfs" "hostId" ], split once per unit.
      factPaths = mapAttrs (path: _: strings.splitOn "\\." path) (m.facts or { });
      networkKinds = m.networks or [ ];
      fruits = m.fruits or [ ];
      secrets = mapAttrs (_: need: {
        owner = need.owner or null;
        group = need.group or null;
        mode = need.mode or "0400";
        shared = need.shared or false;
        description = need.description or null;
      }) (m.secrets or { });
      metaDiagnostics = checked.diagnostics;
    };

  dendrites = mapAttrs (_: normalizeUnit contract.dendriteMeta "nixos") discovered.dendrites;
  fruits = mapAttrs (_: normalizeUnit contract.fruitMeta "nixos") discovered.fruits;
  homes = mapAttrs (_: normalizeUnit contract.homeMeta "homeManager") discovered.homes;

  /**
    The diagnostics of every unit of `set`'s meta.nix.
  */
  unitDiagnostics = set: concatMap (id: set.${id}.metaDiagnostics) (attrNames set);

  # class given explicitly but contradicting the system.
  classDiagnostics = concatMap (
    name:
    let
      h = hosts.${name};
      expected = if hasSuffix "-darwin" h.system then "darwin" else "nixos";
    in
    if h.class != expected then
      [
        (diagnostics.make {
          code = "invalid-field";
          position = diagnostics.positionOf "class" h.raw h.file;
          host = name;
          message = "host ${name}: class ${quote h.class} does not match system ${quote h.system}.";
          hint = "Remove `class` (Arbor derives it from the system) or set system to a ${h.class} platform.";
        })
      ]
    else
      [ ]
  ) (attrNames hosts);
in
{
  inherit
    hosts
    users
    roles
    networks
    dendrites
    fruits
    homes
    secrets
    ;
  diagnostics =
    secretsChecked.diagnostics
    ++ hostsChecked.diagnostics
    ++ usersChecked.diagnostics
    ++ rolesChecked.diagnostics
    ++ networksChecked.diagnostics
    ++ unitDiagnostics dendrites
    ++ unitDiagnostics fruits
    ++ unitDiagnostics homes
    ++ classDiagnostics;
}
