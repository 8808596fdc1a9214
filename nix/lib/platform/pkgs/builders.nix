# The builders and fetchers of the placeholder `pkgs`.
#
# Modules call nixpkgs' trivial builders all the time (`pkgs.writeText`,
# `pkgs.writeShellScriptBin`, `pkgs.runCommand`, `pkgs.fetchFromGitHub`, …)
# to put a script or a config file into the system. Here each takes the
# arguments nixpkgs documents and returns a placeholder derivation named as
# nixpkgs would name the result. The store hash includes what would change
# the real store path (the text of a file, the script of a runCommand, the
# url and hash of a fetch), so a config file that changes gets a new path.
# Nothing is written or fetched.
#
# `mkDerivation` and the language builders (`buildGoModule`, …) also live
# here; `callPackage` is in pkgs/default.nix, next to the set it draws from.
{ mk }:
let
  inherit (builtins)
    baseNameOf
    isFunction
    isList
    parseDrvName
    replaceStrings
    toString
    ;

  /**
    A placeholder made by builder `kind` from its arguments.
  */
  made =
    kind:
    {
      name,
      seed ? "",
      mainProgram ? name,
      extra ? { },
    }:
    mk {
      path = "${kind}.${name}";
      inherit name mainProgram extra;
      seed = "${kind}:${name}:${seed}";
      description = "Placeholder made by pkgs.${kind}: Arbor previews hosts without building packages";
    };

  /**
    A placeholder for a text file (optionally executable, at `destination` inside the result).
  */
  writeTextFile =
    {
      name,
      text,
      executable ? false,
      destination ? "",
      ...
    }:
    made "writeTextFile" {
      inherit name;
      seed = "${toString executable}:${destination}:${text}";
      extra = { inherit text executable destination; };
    };

  /**
    `name` of a file fetched from `url`, as nixpkgs' fetchers derive it.
  */
  urlName = url: replaceStrings [ "?" "=" "&" ] [ "-" "-" "-" ] (baseNameOf (toString url));

  /**
    The first URL of fetcher arguments (`url` or `urls`).
  */
  firstUrl = args: if args ? url then args.url else builtins.head args.urls;

  /**
    The hash of fetcher arguments, whichever name it is given under.
  */
  hashOf = args: args.hash or args.sha256 or args.outputHash or "";

  /**
    Fixpoint for `mkDerivation (finalAttrs: { … })`.
  */
  attrsOf = attrsOrFunction: if isFunction attrsOrFunction then let final = attrsOrFunction final; in final else attrsOrFunction;

  /**
    A placeholder for `stdenv.mkDerivation` and friends (`kind`), from attributes or a function of
    the final attributes.
  */
  mkDerivation =
    kind: attrsOrFunction:
    let
      attrs = attrsOf attrsOrFunction;
      name = attrs.pname or (parseDrvName (attrs.name or "unnamed")).name;
    in
    made kind {
      inherit name;
      seed = "${attrs.version or ""}";
      mainProgram = attrs.meta.mainProgram or name;
      extra = attrs.passthru or { };
    };
in
{
  inherit writeTextFile;

  /**
    A placeholder for a text file.
  */
  writeText = name: text: writeTextFile { inherit name text; };

  /**
    A placeholder for a directory holding a text file at `path`.
  */
  writeTextDir =
    path: text:
    writeTextFile {
      name = baseNameOf path;
      inherit text;
      destination = "/${path}";
    };

  /**
    A placeholder for an executable script.
  */
  writeScript =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
    };

  /**
    A placeholder for an executable script in `bin/`.
  */
  writeScriptBin =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
      destination = "/bin/${name}";
    };

  /**
    A placeholder for a shell script.
  */
  writeShellScript =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
    };

  /**
    A placeholder for a shell script in `bin/`.
  */
  writeShellScriptBin =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
      destination = "/bin/${name}";
    };

  /**
    A placeholder for a checked shell application.
  */
  writeShellApplication =
    { name, text, ... }:
    made "writeShellApplication" {
      inherit name;
      seed = text;
    };

  writers =
    let
      script = kind: name: _argsOrText: made "writers.${kind}" { inherit name; };
      data = kind: name: _value: made "writers.${kind}" { inherit name; };
    in
    {
      writeBash = script "writeBash";
      writeBashBin = script "writeBashBin";
      writeDash = script "writeDash";
      writeDashBin = script "writeDashBin";
      writeFish = script "writeFish";
      writeFishBin = script "writeFishBin";
      writeNu = script "writeNu";
      writePython3 = name: _args: script "writePython3" name;
      writePython3Bin = name: _args: script "writePython3Bin" name;
      writeJSON = data "writeJSON";
      writeTOML = data "writeTOML";
      writeYAML = data "writeYAML";
    };

  /**
    A placeholder for the output of a build script.
  */
  runCommand =
    name: _env: script:
    made "runCommand" {
      inherit name;
      seed = script;
    };

  /**
    A placeholder for the output of a build script run locally.
  */
  runCommandLocal =
    name: _env: script:
    made "runCommandLocal" {
      inherit name;
      seed = script;
    };

  /**
    A placeholder for the output of a build script with a C compiler.
  */
  runCommandCC =
    name: _env: script:
    made "runCommandCC" {
      inherit name;
      seed = script;
    };

  /**
    A placeholder for the output of a build script without a C compiler.
  */
  runCommandNoCC =
    name: _env: script:
    made "runCommandNoCC" {
      inherit name;
      seed = script;
    };

  /**
    A placeholder for a tree of symlinks to other packages.
  */
  symlinkJoin = { name, ... }: made "symlinkJoin" { inherit name; };

  /**
    A placeholder for an environment joining other packages.
  */
  buildEnv = { name, ... }: made "buildEnv" { inherit name; };

  /**
    A placeholder for a directory of symlinks, named by `entries`.
  */
  linkFarm =
    name: entries:
    made "linkFarm" {
      inherit name;
      seed = if isList entries then toString (map (e: e.name) entries) else toString (builtins.attrNames entries);
    };

  /**
    A placeholder for a directory of symlinks to derivations.
  */
  linkFarmFromDrvs = name: _drvs: made "linkFarmFromDrvs" { inherit name; };

  /**
    A placeholder for a file with variables substituted.
  */
  substituteAll = args: made "substituteAll" { name = baseNameOf (toString args.src); };

  /**
    A placeholder for `src` with variables replaced.
  */
  replaceVars = src: _replacements: made "replaceVars" { name = baseNameOf (toString src); };

  /**
    A placeholder for a file fetched by URL, named as nixpkgs names it.
  */
  fetchurl =
    args:
    made "fetchurl" {
      name = args.name or (urlName (firstUrl args));
      seed = "${toString (firstUrl args)}:${hashOf args}";
    };

  /**
    A placeholder for an archive fetched and unpacked.
  */
  fetchzip =
    args:
    made "fetchzip" {
      name = args.name or "source";
      seed = "${toString (firstUrl args)}:${hashOf args}";
    };

  /**
    A placeholder for a fetched patch.
  */
  fetchpatch =
    args:
    made "fetchpatch" {
      name = args.name or (urlName args.url);
      seed = "${toString args.url}:${hashOf args}";
    };

  /**
    A placeholder for a git checkout.
  */
  fetchgit =
    args:
    made "fetchgit" {
      name = args.name or (replaceStrings [ ".git" ] [ "" ] (urlName args.url));
      seed = "${toString args.url}:${args.rev or args.tag or ""}:${hashOf args}";
    };

  /**
    A placeholder for a GitHub repository at a revision.
  */
  fetchFromGitHub =
    args:
    made "fetchFromGitHub" {
      name = args.name or "source";
      seed = "${args.owner}/${args.repo}:${args.rev or args.tag or ""}:${hashOf args}";
    };

  /**
    A placeholder for a GitLab repository at a revision.
  */
  fetchFromGitLab =
    args:
    made "fetchFromGitLab" {
      name = args.name or "source";
      seed = "${args.owner}/${args.repo}:${args.rev or args.tag or ""}:${hashOf args}";
    };

  mkDerivation = mkDerivation "stdenv.mkDerivation";
  buildGoModule = mkDerivation "buildGoModule";
  buildNpmPackage = mkDerivation "buildNpmPackage";
  buildPythonPackage = mkDerivation "buildPythonPackage";
  buildPythonApplication = mkDerivation "buildPythonApplication";
  buildRustPackage = mkDerivation "rustPlatform.buildRustPackage";

  dockerTools =
    let
      image = kind: args: made "dockerTools.${kind}" { name = args.name or args.imageName or "image"; };
    in
    {
      buildImage = image "buildImage";
      buildLayeredImage = image "buildLayeredImage";
      streamLayeredImage = image "streamLayeredImage";
      pullImage = image "pullImage";
    };
}
