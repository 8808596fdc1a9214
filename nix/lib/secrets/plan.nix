# The secrets plan: which secrets each host needs, where each value lives, and who must be able
# to decrypt each file, all from the inventory and the meta.nix files. No value is ever read.
#
# A host needs the secrets its dendrites and fruits declare (`meta.nix`:
# `secrets."<name>" = { owner; group; mode; shared; description; }`), each once, the first
# declaration (in module order) winning. Where a value lives depends on the backend
# (`inventory/secrets.nix`):
#
#   sops     secrets/<host>.yaml, or secrets/shared.yaml when `shared = true`; the key is the
#            name, a `/` nesting one level (`wireguard/private-key` is `wireguard:` →
#            `private-key:`), as sops-nix looks it up
#   agenix   secrets/<host>/<name>.age, or secrets/shared/<name>.age
#
# A home's `meta.nix` may declare secrets too (Home Manager's sops-nix / agenix modules):
# they belong to its user, whatever the host, and live in secrets/home/<user>.yaml (sops) or
# secrets/home/<user>/<name>.age (agenix).
#
# Readers (who must be able to decrypt a file): the host for its own file; for a shared file
# every host that needs one of the secrets in it; the user for a home file; and the admins
# (`admins` of inventory/secrets.nix) for every file. Each reader's age recipient comes from
# keys.nix.
{
  normalized,
  plans,
  discovered,
  diagnostics,
}:
let
  keys = import ./keys.nix;
  sopsFile = import ./sops-file.nix;
  strings = import ../util/strings.nix;
  lists = import ../util/lists.nix;
  inherit (builtins)
    attrNames
    concatMap
    filter
    listToAttrs
    map
    mapAttrs
    elem
    head
    length
    match
    ;

  settings = normalized.secrets;
  inherit (settings) backend;
  enabled = backend != null;
  admins = filter (u: normalized.users ? ${u}) settings.admins;

  /**
    A secret name is path-like: components of letters, digits, `_`, `-` and `.`, not `.`/`..`.
  */
  validName =
    name:
    match "[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*" name != null
    && !(elem "." (strings.splitOn "/" name))
    && !(elem ".." (strings.splitOn "/" name));

  /**
    Where secret `name` of `host` lives: the file (and for sops the key in it), shared or the host's
    own.
  */
  locate =
    host: name: shared:
    if backend == "agenix" then
      {
        file = if shared then "secrets/shared/${name}.age" else "secrets/${host}/${name}.age";
        key = null;
      }
    else
      {
        file = if shared then "secrets/shared.yaml" else "secrets/${host}.yaml";
        key = name;
      };

  /**
    What a host's units declare, in module order, each name once.
  */
  declaredOn =
    plan:
    let
      units =
        map (d: {
          selected = d;
          unit = normalized.dendrites.${d.id};
        }) plan.dendrites
        ++ map (f: {
          selected = f;
          unit = normalized.fruits.${f.id};
        }) plan.fruits;
      all = concatMap (
        { selected, unit }:
        map (name: {
          inherit name unit selected;
          spec = unit.secrets.${name};
          position = diagnostics.positionOf name (unit.rawMeta.secrets or { }) unit.metaFile;
        }) (filter validName (attrNames unit.secrets))
      ) units;
    in
    lists.uniqueOn (n: n.name) all;

  # Sops files, read once each (only those that exist).
  sopsFiles = listToAttrs (
    map (file: {
      name = file;
      value = sopsFile.describe (builtins.readFile (discovered.pathOf file));
    }) (filter (f: strings.hasSuffix ".yaml" f) discovered.secretFiles)
  );

  /**
    Whether sops file `file` holds the key of secret `name`.
  */
  sopsHas =
    file: name:
    sopsFiles ? ${file} && builtins.any (e: e.path == strings.splitOn "/" name) sopsFiles.${file}.keys;

  needs = mapAttrs (
    host: plan:
    map (
      n:
      let
        where = locate host n.name n.spec.shared;
      in
      n.spec
      // {
        inherit (n) name unit selected position;
        inherit (where) file key;
        exists = enabled && discovered.exists where.file;
        present =
          enabled
          && (if backend == "agenix" then discovered.exists where.file else sopsHas where.file n.name);
      }
    ) (declaredOn plan)
  ) plans;

  hostsNeeding = filter (h: needs.${h} != [ ]) (attrNames needs);

  # Home secrets, per `user@host` configuration.
  homeConfigurations = builtins.foldl' (acc: plan: acc // plan.homeConfigurations) { } (
    builtins.attrValues plans
  );
  homeNeeds = mapAttrs (
    key: home:
    let
      declared = lists.uniqueOn (n: n.name) (
        concatMap (
          selected:
          let
            unit = normalized.homes.${selected.id};
          in
          map (name: {
            inherit name unit selected;
            spec = unit.secrets.${name};
            position = diagnostics.positionOf name (unit.rawMeta.secrets or { }) unit.metaFile;
          }) (filter validName (attrNames unit.secrets))
        ) home.homes
      );
    in
    map (
      n:
      let
        file =
          if backend == "agenix" then "secrets/home/${home.user}/${n.name}.age" else "secrets/home/${home.user}.yaml";
      in
      n.spec
      // {
        inherit (n) name unit selected position;
        inherit (home) user host;
        inherit file;
        key = if backend == "agenix" then null else n.name;
        exists = enabled && discovered.exists file;
        present = enabled && (if backend == "agenix" then discovered.exists file else sopsHas file n.name);
      }
    ) declared
  ) homeConfigurations;
  homesNeeding = filter (k: homeNeeds.${k} != [ ]) (attrNames homeNeeds);

  # Recipients, computed once per host and user, and only when read.
  hostKeys = mapAttrs (_: plan: keys.fromKeys plan.host.keys) plans;
  userKeys = mapAttrs (_: keys.ofUser) normalized.users;

  /**
    The age recipient of a reader (`host:<h>` or `user:<u>`), or why it has none.
  */
  recipientOf =
    reader:
    let
      parts = match "(host|user):(.*)" reader;
      kind = head parts;
      name = builtins.elemAt parts 1;
    in
    if kind == "host" then hostKeys.${name} else userKeys.${name};

  adminReaders = map (u: "user:${u}") admins;

  # Files and their readers. sops: one file per host, plus shared.yaml; agenix: one file per
  # secret (a shared one once, read by every host that needs it).
  entries =
    concatMap (host: map (n: n // { inherit host; reader = "host:${host}"; }) needs.${host}) hostsNeeding
    ++ concatMap (key: map (n: n // { reader = "user:${n.user}"; }) homeNeeds.${key}) homesNeeding;
  byFile = builtins.groupBy (n: n.file) entries;
  files = mapAttrs (
    file: ns:
    let
      first = head ns;
      shared = first.shared;
      readingHosts = lists.unique (map (n: n.host) (filter (n: !(n ? user)) ns));
    in
    {
      inherit file shared;
      host = if shared || first ? user then null else first.host;
      user = first.user or null;
      secrets = lists.unique (map (n: n.name) ns);
      hosts = readingHosts;
      readers = lists.unique (map (n: n.reader) ns ++ adminReaders);
      exists = discovered.exists file;
      sops = if backend == "sops" then sopsFiles.${file} or null else null;
    }
  ) (if enabled then byFile else { });

  readers = lists.unique (concatMap (f: f.readers) (builtins.attrValues files) ++ adminReaders);
in
{
  inherit
    settings
    backend
    enabled
    admins
    needs
    hostsNeeding
    homeNeeds
    homesNeeding
    files
    readers
    recipientOf
    hostKeys
    userKeys
    sopsFiles
    validName
    ;
}
