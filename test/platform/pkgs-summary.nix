# What the placeholder `pkgs` answers, as JSON-able data: pkgs.test.ts checks
# it with Arbor's evaluator and a stand-in `lib`, platform.oracle.test.ts
# checks that the real Nix gives the same answer.
{
  lib ? { },
}:
let
  platform = import ../../nix/lib/platform/pkgs { inherit lib; };
  linux = platform.pkgsFor { system = "x86_64-linux"; };
  mac = platform.pkgsFor { system = "aarch64-darwin"; };
  placeholder = import ../../nix/lib/platform/pkgs/placeholder.nix;
  drv = p: {
    inherit (p)
      type
      name
      pname
      version
      drvPath
      outputs
      __arborPlaceholder
      ;
    storePath = p.outPath;
    inherit (p.meta) mainProgram platforms;
    string = "${p}";
    outIsSelf = p.out.outPath == p.outPath;
    binIsSelf = p.bin.outPath == p.outPath;
  };
  helloFunction =
    {
      stdenv,
      fetchurl,
      openssl,
      someUnknownDependency,
      withDocs ? false,
    }:
    stdenv.mkDerivation {
      pname = "hello";
      version = "2.12";
      src = fetchurl {
        url = "https://example.org/hello-2.12.tar.gz";
        hash = "";
      };
      buildInputs = [ openssl ];
      passthru = {
        inherit withDocs;
        dependency = someUnknownDependency.name;
      };
      meta.mainProgram = "hi";
    };
  hello = linux.callPackage helloFunction { };
in
{
  git = drv linux.git;
  gitOnMac = drv mac.git;
  requests = drv linux.python3Packages.requests;
  requests312IsAnotherPath = linux.python312Packages.requests.outPath != linux.python3Packages.requests.outPath;
  zfsLatest = drv linux.linuxPackages_latest.zfs;
  nvidia = linux.linuxPackages.nvidiaPackages.stable.name;
  kernel = linux.linuxPackages.kernel.name;
  vscodeExtension = linux.vscode-extensions.ms-python.python.name;
  texlive = linux.texlive.combined.scheme-full.name;
  setMarker = linux.python3Packages.__arborPlaceholder;
  pythonSetOfInterpreter = linux.python3.pkgs.requests.outPath == linux.python3Packages.requests.outPath;
  pythonEnv = (linux.python3.withPackages (ps: [ ps.requests ])).name;
  isPlaceholder = placeholder.isPlaceholder linux.htop;
  shellPath = linux.zsh.shellPath;
  hasShellPathGit = linux.git ? shellPath;
  overridden = {
    override = (linux.git.override { withManual = false; }).outPath == linux.git.outPath;
    overrideAttrs = (linux.git.overrideAttrs (old: { patches = [ ]; })).outPath == linux.git.outPath;
    finalPrev = (linux.git.overrideAttrs (final: prev: { })).name;
    overrideDerivation = (linux.git.overrideDerivation (old: { })).name;
  };
  stdenv = {
    inherit (linux.stdenv) isLinux isDarwin isx86_64 isAarch64;
    host = {
      inherit (linux.stdenv.hostPlatform)
        system
        config
        isLinux
        isDarwin
        isx86_64
        isAarch64
        efiArch
        linuxArch
        ;
      cpu = linux.stdenv.hostPlatform.parsed.cpu.name;
      kernel = linux.stdenv.hostPlatform.parsed.kernel.name;
    };
    sameBuild = linux.stdenv.buildPlatform.system == linux.stdenv.targetPlatform.system;
    name = linux.stdenv.name;
    ccName = linux.stdenv.cc.name;
    mac = {
      inherit (mac.stdenv.hostPlatform)
        system
        config
        isLinux
        isDarwin
        isAarch64
        darwinArch
        ;
      stdenvIsDarwin = mac.stdenv.isDarwin;
      processor = mac.stdenv.hostPlatform.uname.processor;
    };
  };
  system = linux.system;
  runtimeShell = linux.runtimeShell;
  callPackage = {
    inherit (hello) name;
    mainProgram = hello.meta.mainProgram;
    inherit (hello) withDocs dependency;
    overridden = (hello.override { withDocs = true; }).withDocs;
  };
  builders = {
    writeText = drv (linux.writeText "motd" "hello");
    writeTextOther = (linux.writeText "motd" "bye").outPath != (linux.writeText "motd" "hello").outPath;
    writeTextFile = (linux.writeTextFile { name = "conf"; text = "x"; destination = "/etc/conf"; }).name;
    writeShellScriptBin = drv (linux.writeShellScriptBin "greet" "echo hi");
    writeShellApplication = (linux.writeShellApplication { name = "tool"; text = "true"; runtimeInputs = [ linux.jq ]; }).meta.mainProgram;
    writeScript = (linux.writeScript "s" "#!/bin/sh").name;
    writeScriptBin = (linux.writeScriptBin "s" "#!/bin/sh").name;
    writeTextDir = (linux.writeTextDir "share/doc/readme" "x").name;
    runCommand = (linux.runCommand "out" { } "touch $out").name;
    runCommandLocal = (linux.runCommandLocal "local" { } "touch $out").name;
    symlinkJoin = (linux.symlinkJoin { name = "joined"; paths = [ linux.git linux.htop ]; }).name;
    buildEnv = (linux.buildEnv { name = "env"; paths = [ linux.git ]; }).name;
    linkFarm = (linux.linkFarm "farm" [ { name = "a"; path = linux.git; } ]).name;
    fetchurl = (linux.fetchurl { url = "https://example.org/a/b/file.tar.gz"; hash = ""; }).name;
    fetchFromGitHub = (linux.fetchFromGitHub { owner = "o"; repo = "r"; rev = "v1"; hash = ""; }).name;
    fetchgit = (linux.fetchgit { url = "https://example.org/repo.git"; rev = "abc"; hash = ""; }).name;
    substituteAll = (linux.substituteAll { src = ./pkgs-summary.nix; x = 1; }).name;
    makeWrapper = linux.makeWrapper.name;
    mkDerivationFinalAttrs = (linux.stdenv.mkDerivation (finalAttrs: { pname = "fa"; version = "1"; passthru.v = finalAttrs.version; })).v;
    writersJSON = (linux.writers.writeJSON "data.json" { a = 1; }).name;
  };
  libIsPassedThrough = linux.lib == lib;
  storePathShape = builtins.match "/nix/store/[0-9a-df-np-sv-z]{32}-git" linux.git.outPath != null;
  missing = builtins.tryEval (linux ? surelyNotAPackageName);
}
