# The placeholder package set a host's modules get as `pkgs`.
#
# Arbor previews hosts without nixpkgs, yet modules write `pkgs.git`,
# `pkgs.stdenv.hostPlatform.isLinux`, `pkgs.writeText "x" "…"` and
# `config.boot.kernelPackages.zfs`. `pkgsFor { system }` answers all of these
# with placeholders (pkgs/placeholder.nix) built lazily: nothing is created
# until a module reads it, so a large name list costs only its attribute
# names.
#
# What is where:
#   names.nix         top-level packages (`pkgs.htop`)
#   package-sets.nix  sets and their members (`pkgs.python3Packages.requests`)
#   builders.nix      writeText, runCommand, fetchers, mkDerivation, …
#   formats.nix       pkgs.formats.{json,yaml,toml,ini,keyValue}
#   this file         lib, system, stdenv and its platforms, callPackage,
#                     and the glue
#
# Names none of these lists fail with Nix's "attribute missing" error: Nix
# sets have no hook for unknown names, so the lists are the whole set.
{ lib }:
let
  placeholders = import ./placeholder.nix;
  platforms = import ../platforms.nix;
  names = import ./names.nix;
  packageSets = import ./package-sets.nix;

  inherit (builtins)
    attrNames
    functionArgs
    filter
    isAttrs
    isFunction
    isList
    listToAttrs
    mapAttrs
    removeAttrs
    ;

  /**
    An attribute set with each of `names` mapped to `f name`.
  */
  genNames = f: list: listToAttrs (map (name: { inherit name; value = f name; }) list);
in
{
  /**
    The placeholder `pkgs` of one system.

    # Inputs

    `system`
    : a Nix system string such as `"x86_64-linux"` or `"aarch64-darwin"`

    # Type

    ```
    pkgsFor :: { system :: String } -> AttrSet
    ```

    # Example

    ```nix
    (pkgsFor { system = "x86_64-linux"; }).stdenv.hostPlatform.isLinux
    => true
    ```
  */
  pkgsFor =
    { system }:
    let
      platform = platforms.elaborate system;
      mk = args: placeholders.mkPlaceholder ({ inherit system; } // args);
      builders = import ./builders.nix { inherit mk; };
      formats = import ./formats.nix {
        inherit lib;
        made =
          kind: args:
          mk (
            args
            // {
              path = "${kind}.${args.name}";
              seed = "${kind}:${args.name}";
            }
          );
      };

      # A set from package-sets.nix: a list of members, or nested sets
      # (with an optional `members` list of their own).
      makeSet =
        path: spec:
        if isList spec then
          placeholders.mkPackageSet {
            inherit system path;
            names = spec;
          }
        else
          mapAttrs (name: makeSet "${path}.${name}") (removeAttrs spec [ "members" ])
          // placeholders.mkPackageSet {
            inherit system path;
            names = spec.members or [ ];
          };

      sets =
        mapAttrs makeSet packageSets.sets
        // mapAttrs (alias: target: makeSet alias packageSets.sets.${target}) packageSets.aliases;

      # python3Packages & co. also hold their language's builders.
      languageSets = {
        python3Packages = sets.python3Packages // {
          inherit (builders) buildPythonPackage buildPythonApplication;
        };
      };

      interpreters = mapAttrs (
        name: setName:
        mk {
          path = name;
          extra = {
            pkgs = sets.${setName};
            withPackages =
              _select:
              mk {
                path = "${name}.withPackages";
                name = "${name}-env";
              };
          };
        }
      ) packageSets.interpreters;

      bash = self.bash;

      stdenvFor =
        name:
        mk {
          path = name;
          name = "stdenv-${platform.parsed.kernel.name}";
          extra = {
            hostPlatform = platform;
            buildPlatform = platform;
            targetPlatform = platform;
            inherit system;
            inherit (platform)
              isLinux
              isDarwin
              isx86_64
              isAarch64
              isi686
              isAarch32
              isx86
              is64bit
              ;
            isCygwin = false;
            isFreeBSD = platform.isFreeBSD;
            cc = mk {
              path = "${name}.cc";
              name = if platform.isDarwin then "clang-wrapper" else "gcc-wrapper";
            };
            shell = "${bash}/bin/bash";
            shellPackage = bash;
            inherit (builders) mkDerivation;
          };
        };

      /**
        Calls a package function (or the file holding one) with its
        arguments taken from `overrides`, then from this set; an argument
        neither has and that has no default becomes a placeholder named
        after it. The result gets an `override` that calls again.
      */
      callPackage =
        fn: overrides:
        let
          f = if isFunction fn then fn else import fn;
          formals = functionArgs f;
          wanted = filter (
            name: overrides ? ${name} || self ? ${name} || !formals.${name}
          ) (attrNames formals);
          fromSet = genNames (name: if self ? ${name} then self.${name} else mk { path = name; }) wanted;
          result = f (fromSet // overrides);
        in
        if isAttrs result then
          result
          // {
            override =
              changes: callPackage fn (overrides // (if isFunction changes then changes overrides else changes));
          }
        else
          result;

      fixed = {
        inherit lib system callPackage formats;
        inherit (builders)
          writeText
          writeTextFile
          writeTextDir
          writeScript
          writeScriptBin
          writeShellScript
          writeShellScriptBin
          writeShellApplication
          writers
          runCommand
          runCommandLocal
          runCommandCC
          runCommandNoCC
          symlinkJoin
          buildEnv
          linkFarm
          linkFarmFromDrvs
          substituteAll
          replaceVars
          fetchurl
          fetchzip
          fetchpatch
          fetchgit
          fetchFromGitHub
          fetchFromGitLab
          buildGoModule
          buildNpmPackage
          dockerTools
          ;
        callPackages = callPackage;
        stdenv = stdenvFor "stdenv";
        stdenvNoCC = stdenvFor "stdenvNoCC";
        rustPlatform = {
          inherit (builders) buildRustPackage;
        };
        hostPlatform = platform;
        buildPlatform = platform;
        targetPlatform = platform;
        config = { };
        overlays = [ ];
        pkgs = self;
        buildPackages = self;
        pkgsBuildHost = self;
        # Overlays are not applied: the set stays the same placeholder set.
        extend = _overlay: self;
        appendOverlays = _overlays: self;
        recurseIntoAttrs = attrs: attrs // { recurseForDerivations = true; };
        linuxPackagesFor = _kernel: sets.linuxPackages;
        runtimeShell = "${bash}/bin/bash";
        path = "/nix/store/${placeholders.storeHash "arbor-placeholder-nixpkgs:${system}"}-source";
        makeWrapper = mk { path = "makeWrapper"; };
        makeBinaryWrapper = mk { path = "makeBinaryWrapper"; };
        emptyDirectory = mk { path = "emptyDirectory"; name = "empty-directory"; };
        emptyFile = mk { path = "emptyFile"; name = "empty-file"; };
      };

      self = genNames (name: mk { path = name; }) names // sets // languageSets // interpreters // fixed;
    in
    self;
}
