#!/usr/bin/env bash
# Evaluate the real template flake (nix/template + nix/lib + an example's files) with the real
# flake-parts, import-tree and nixpkgs.lib, and stand-in flakes for nixpkgs, nix-darwin,
# home-manager, colmena, deploy-rs and disko (test/library/flake/stand-ins.nix), offline.
#
#   test/library/flake/check-template.sh <example> <flake-parts dir> <import-tree dir> <nixpkgs.lib dir>
#   test/library/flake/check-template.sh <example> stand-in
#
# The three directories are checkouts (e.g. `git archive` of the mirrors); `stand-in` uses the
# small stand-ins for flake-parts and import-tree in this directory instead. Prints the JSON of
# `nix eval .#arborSummary`-like expressions: output names per attribute, and the deploy data.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
example=${1:?example}
if [ "${2:?flake-parts dir, or stand-in}" = stand-in ]; then
  flake_parts="$repo/test/library/flake/stand-in-flake-parts"
  import_tree="$repo/test/library/flake/stand-in-import-tree"
  nixpkgs_lib=""
else
  flake_parts=$2
  import_tree=${3:?import-tree dir}
  nixpkgs_lib=${4:?nixpkgs.lib dir}
fi
work=$(mktemp -d "$repo/.oracle-flake.XXXXXX")
trap 'rm -rf "$work"' EXIT

project="$work/project"
mkdir -p "$project"
cp -r "$repo/nix/examples/$example/." "$project/"
cp -r "$repo/nix/template/modules" "$project/modules"
cp -r "$repo/nix/lib" "$project/lib"
for input in nixpkgs nix-darwin home-manager colmena deploy-rs disko sops-nix agenix comin; do
  mkdir -p "$work/inputs/$input"
  cp "$repo/test/library/flake/stand-ins.nix" "$work/inputs/$input/stand-ins.nix"
  echo "{ outputs = _: (import ./stand-ins.nix).\"$input\"; }" >"$work/inputs/$input/flake.nix"
done
# The template's flake.nix with path: inputs.
sed -e "s|github:NixOS/nixpkgs/nixos-unstable|path:$work/inputs/nixpkgs|" \
  -e "s|github:hercules-ci/flake-parts|path:$flake_parts|" \
  -e "s|github:vic/import-tree|path:$import_tree|" \
  -e "s|github:nix-darwin/nix-darwin|path:$work/inputs/nix-darwin|" \
  -e "s|github:nix-community/home-manager|path:$work/inputs/home-manager|" \
  -e "s|github:nix-community/colmena|path:$work/inputs/colmena|" \
  -e "s|github:serokell/deploy-rs|path:$work/inputs/deploy-rs|" \
  -e "s|github:nix-community/disko|path:$work/inputs/disko|" \
  -e "s|github:Mic92/sops-nix|path:$work/inputs/sops-nix|" \
  -e "s|github:ryantm/agenix|path:$work/inputs/agenix|" \
  -e "s|github:nlewo/comin|path:$work/inputs/comin|" \
  -e '/inputs.nixpkgs.follows/d' \
  "$repo/nix/template/flake.nix" >"$project/flake.nix"
# flake-parts' own input, nixpkgs-lib, also offline (the stand-in has none).
if [ -n "$nixpkgs_lib" ]; then
  sed -i "s|flake-parts.url = \"path:$flake_parts\";|flake-parts = { url = \"path:$flake_parts\"; inputs.nixpkgs-lib.url = \"path:$nixpkgs_lib\"; };|" "$project/flake.nix"
fi

cd "$project"
export ARBOR_ORACLE_MOUNTS="$work:$flake_parts:$import_tree${nixpkgs_lib:+:$nixpkgs_lib}"
"$repo/scripts/oracle/nix" eval --json --no-write-lock-file "path:$project#." --apply '
  self: {
    outputs = builtins.attrNames self;
    nixosConfigurations = builtins.mapAttrs (_: c: c.marker) self.nixosConfigurations;
    darwinConfigurations = builtins.attrNames self.darwinConfigurations;
    homeConfigurations = builtins.attrNames self.homeConfigurations;
    colmena = builtins.attrNames self.colmena;
    colmenaHive = self.colmenaHive.marker;
    deploy = builtins.mapAttrs (_: n: n.hostname) self.deploy.nodes;
    modules = builtins.mapAttrs (_: builtins.attrNames) self.modules;
    checks = builtins.mapAttrs (_: builtins.attrNames) self.checks;
    # Each host'"'"'s generated module: what it imports and its secrets / comin settings.
    hostModules = builtins.mapAttrs (name: c:
      let
        wrapped = builtins.head (builtins.filter (m: (m.key or "") == "arbor:host:${name}") c.args.modules);
        settings = (builtins.head wrapped.imports) { lib = { mkDefault = v: v; mkIf = _: v: v; }; config = { }; };
        relative = p: builtins.baseNameOf (builtins.dirOf (toString p)) + "/" + builtins.baseNameOf (toString p);
      in {
        class = wrapped._class;
        imports = map (m: m.marker or "?") (builtins.tail wrapped.imports);
        sops = if settings ? sops then settings.sops // {
          secrets = builtins.mapAttrs (_: s: s // { sopsFile = relative s.sopsFile; }) settings.sops.secrets;
        } else null;
        age = if settings ? age then settings.age // {
          secrets = builtins.mapAttrs (_: s: s // { file = relative s.file; }) settings.age.secrets;
        } else null;
        comin = settings.services.comin or null;
      }) self.nixosConfigurations;
    # Each home'"'"'s generated module: what it imports (Home Manager'"'"'s sops-nix / agenix).
    homeModules = builtins.mapAttrs (key: c:
      let wrapped = builtins.head (builtins.filter (m: (m.key or "") == "arbor:home:${key}") c.args.modules);
      in { class = wrapped._class; imports = map (m: m.marker or "?") (builtins.tail wrapped.imports); }
    ) self.homeConfigurations;
  }'
