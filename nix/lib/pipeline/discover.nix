# Discovery: what exists in a project, read from the file tree alone.
#
# Given the project root, this finds the inventory files, every dendrite
# (nested as `dendrites/<a>/dendrites/<b>` → id "a/b"), its leaves, the
# fruits, the homes and the host override directories. Nothing here judges
# the content; `validation/project.nix` does that. Every file is named by a string
# relative to the root ("dendrites/base/default.nix"), so the model never
# depends on where the project lives; `pathOf` turns such a string back into a
# Nix path when the flake module needs the real file.
#
# Conventions (the same as import-tree's): a path component starting with `_`
# is ignored everywhere; only `.nix` files are modules; within a directory,
# names are visited in sorted order (`builtins.readDir` returns them sorted),
# depth first. Symlinked directories are not descended into.
#
# A directory under `dendrites/` (or `fruits/`) is a dendrite when it has a
# `meta.nix`, a `default.nix` or a `leaves/` directory. One that has only
# nested `dendrites/` is a namespace (like `network/` holding
# `network/yggdrasil-private`) and no dendrite itself. A dendrite without
# `meta.nix` is still discovered, with `meta = null`, so validation can report
# `missing-meta` instead of "unknown dendrite".
{ root }:
let
  strings = import ../util/strings.nix;
  inherit (strings) hasPrefix hasSuffix removeSuffix;
  inherit (builtins)
    attrNames
    readDir
    pathExists
    filter
    concatMap
    listToAttrs
    map
    ;

  /**
    The path of `rel` under the project root.
  */
  pathOf = rel: root + "/${rel}";

  /**
    Whether `rel` exists under the project root.
  */
  exists = rel: pathExists (pathOf rel);

  /**
    Whether a directory entry is hidden from discovery (its name starts with `_`).
  */
  isHidden = name: hasPrefix "_" name;

  /**
    Entries of a directory (relative), or {} when it does not exist.
  */
  entries = rel: if exists rel then readDir (pathOf rel) else { };

  /**
    The visible entries of type `type` in directory `rel`.
  */
  visibleOfType =
    type: rel:
    let
      e = entries rel;
    in
    filter (name: e.${name} == type && !isHidden name) (attrNames e);
  subdirectories = visibleOfType "directory";
  regularFiles = visibleOfType "regular";

  /**
    Every visible .nix file under `rel`, depth first, names sorted.
  */
  nixFilesUnder =
    rel:
    let
      e = entries rel;
      visit =
        name:
        if isHidden name then
          [ ]
        else if e.${name} == "directory" then
          nixFilesUnder "${rel}/${name}"
        else if e.${name} == "regular" && hasSuffix ".nix" name then
          [ "${rel}/${name}" ]
        else
          [ ];
    in
    concatMap visit (attrNames e);

  /**
    An inventory file: its value, or {} when the file is absent.
  */
  inventoryFile =
    name:
    let
      file = "inventory/${name}.nix";
      present = exists file;
    in
    {
      inherit file present;
      value = if present then import (pathOf file) else { };
    };

  /**
    One dendrite or fruit directory.
  */
  describeUnit =
    kind: id: dir:
    let
      metaFile = "${dir}/meta.nix";
      defaultFile = "${dir}/default.nix";
      hasMeta = exists metaFile;
    in
    {
      inherit kind id dir;
      metaFile = if hasMeta then metaFile else null;
      meta = if hasMeta then import (pathOf metaFile) else null;
      file = if exists defaultFile then defaultFile else null;
      leaves = nixFilesUnder "${dir}/leaves";
    };

  /**
    Whether `dir` is a unit: it has a `meta.nix`, a `default.nix` or `leaves/`.
  */
  looksLikeUnit =
    dir: exists "${dir}/meta.nix" || exists "${dir}/default.nix" || exists "${dir}/leaves";

  /**
    dendrites/<a>/dendrites/<b>/… → [ unit ]
  */
  dendritesUnder =
    prefix: rel:
    concatMap (
      name:
      let
        id = if prefix == "" then name else "${prefix}/${name}";
        dir = "${rel}/${name}";
        self = if looksLikeUnit dir then [ (describeUnit "dendrite" id dir) ] else [ ];
      in
      self ++ dendritesUnder id "${dir}/dendrites"
    ) (subdirectories rel);

  /**
    A list of units as an attribute set by id.
  */
  byId =
    units:
    listToAttrs (
      map (u: {
        name = u.id;
        value = u;
      }) units
    );

  dendrites = byId (dendritesUnder "" "dendrites");

  fruits = byId (
    map (name: describeUnit "fruit" name "fruits/${name}") (
      filter (name: looksLikeUnit "fruits/${name}") (subdirectories "fruits")
    )
  );

  # homes/<name>/default.nix (with an optional meta.nix) or homes/<name>.nix.
  homeDirectories = filter (name: exists "homes/${name}/default.nix") (subdirectories "homes");
  homeFiles = filter (hasSuffix ".nix") (regularFiles "homes");
  homes = byId (
    map (
      name:
      let
        dir = "homes/${name}";
        metaFile = "${dir}/meta.nix";
        hasMeta = exists metaFile;
      in
      {
        kind = "home";
        id = name;
        inherit dir;
        file = "${dir}/default.nix";
        metaFile = if hasMeta then metaFile else null;
        meta = if hasMeta then import (pathOf metaFile) else null;
      }
    ) homeDirectories
    ++ map (file: {
      kind = "home";
      id = removeSuffix ".nix" file;
      dir = null;
      file = "homes/${file}";
      metaFile = null;
      meta = null;
    }) homeFiles
  );

  /**
    Every visible file under `rel` (any extension), depth first, names sorted.
  */
  filesUnder =
    rel:
    let
      e = entries rel;
    in
    concatMap (
      name:
      if isHidden name then
        [ ]
      else if e.${name} == "directory" then
        filesUnder "${rel}/${name}"
      else if e.${name} == "regular" then
        [ "${rel}/${name}" ]
      else
        [ ]
    ) (attrNames e);

  # hosts/<name>/: every .nix file below it is an override for host <name>.
  overrides = listToAttrs (
    map (name: {
      inherit name;
      value = {
        host = name;
        dir = "hosts/${name}";
        files = nixFilesUnder "hosts/${name}";
      };
    }) (subdirectories "hosts")
  );
in
{
  inherit
    root
    pathOf
    exists
    dendrites
    fruits
    homes
    overrides
    ;
  rootString = toString root;
  # Every file under secrets/ (encrypted values and the rules), for secrets/plan.nix.
  secretFiles = filesUnder "secrets";
  inventory = {
    hosts = inventoryFile "hosts";
    users = inventoryFile "users";
    roles = inventoryFile "roles";
    networks = inventoryFile "networks";
    secrets = inventoryFile "secrets";
  };
}
