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

  # A placeholder made by builder `kind` from its arguments.
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

  # `name` of a file fetched from `url`, as nixpkgs' fetchers derive it.
  urlName = url: replaceStrings [ "?" "=" "&" ] [ "-" "-" "-" ] (baseNameOf (toString url));
  firstUrl = args: if args ? url then args.url else builtins.head args.urls;
  hashOf = args: args.hash or args.sha256 or args.outputHash or "";

  # Fixpoint for `mkDerivation (finalAttrs: { … })`.
  attrsOf = attrsOrFunction: if isFunction attrsOrFunction then let final = attrsOrFunction final; in final else attrsOrFunction;

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

  writeText = name: text: writeTextFile { inherit name text; };
  writeTextDir =
    path: text:
    writeTextFile {
      name = baseNameOf path;
      inherit text;
      destination = "/${path}";
    };
  writeScript =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
    };
  writeScriptBin =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
      destination = "/bin/${name}";
    };
  writeShellScript =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
    };
  writeShellScriptBin =
    name: text:
    writeTextFile {
      inherit name text;
      executable = true;
      destination = "/bin/${name}";
    };
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

  runCommand =
    name: _env: script:
    made "runCommand" {
      inherit name;
      seed = script;
    };
  runCommandLocal =
    name: _env: script:
    made "runCommandLocal" {
      inherit name;
      seed = script;
    };
  runCommandCC =
    name: _env: script:
    made "runCommandCC" {
      inherit name;
      seed = script;
    };
  runCommandNoCC =
    name: _env: script:
    made "runCommandNoCC" {
      inherit name;
      seed = script;
    };

  symlinkJoin = { name, ... }: made "symlinkJoin" { inherit name; };
  buildEnv = { name, ... }: made "buildEnv" { inherit name; };
  linkFarm =
    name: entries:
    made "linkFarm" {
      inherit name;
      seed = if isList entries then toString (map (e: e.name) entries) else toString (builtins.attrNames entries);
    };
  linkFarmFromDrvs = name: _drvs: made "linkFarmFromDrvs" { inherit name; };
  substituteAll = args: made "substituteAll" { name = baseNameOf (toString args.src); };
  replaceVars = src: _replacements: made "replaceVars" { name = baseNameOf (toString src); };

  fetchurl =
    args:
    made "fetchurl" {
      name = args.name or (urlName (firstUrl args));
      seed = "${toString (firstUrl args)}:${hashOf args}";
    };
  fetchzip =
    args:
    made "fetchzip" {
      name = args.name or "source";
      seed = "${toString (firstUrl args)}:${hashOf args}";
    };
  fetchpatch =
    args:
    made "fetchpatch" {
      name = args.name or (urlName args.url);
      seed = "${toString args.url}:${hashOf args}";
    };
  fetchgit =
    args:
    made "fetchgit" {
      name = args.name or (replaceStrings [ ".git" ] [ "" ] (urlName args.url));
      seed = "${toString args.url}:${args.rev or args.tag or ""}:${hashOf args}";
    };
  fetchFromGitHub =
    args:
    made "fetchFromGitHub" {
      name = args.name or "source";
      seed = "${args.owner}/${args.repo}:${args.rev or args.tag or ""}:${hashOf args}";
    };
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
