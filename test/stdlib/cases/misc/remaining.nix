# The rest: builtins re-exported through families, deprecated aliases (warnings in a list),
# hydraJob, extendMkDerivation, licensesSpdx.
lib:
let
  drv = { type = "derivation"; name = "x"; system = "s"; meta = { }; outputs = [ "out" ]; out = { outPath = "/o"; drvPath = "/d"; }; };
  mk = lib.extendMkDerivation {
    constructDrv = f: let a = f a; in a;
    excludeDrvArgNames = [ "secret" ];
    extendDrvArgs = final: { extra ? "e", ... }@args: { greeting = "hi ${extra}"; };
  };
in
[
  (lib.strings.split "," "a,b")
  (lib.strings.parseDrvName "hello-1.0")
  (lib.lists.isList [ ])
  (lib.strings.fromJSON "[1]")
  lib.strings.storeDir
  (lib.hashFile "sha256" ./remaining.nix != "")
  (lib.unsafeDiscardStringContext "plain")
  (lib.licensesSpdx."GPL-3.0-or-later".shortName)
  (lib.licensesSpdx ? MIT)
  (lib.hydraJob drv).outPath
  (lib.hydraJob null)
  (mk { extra = "there"; secret = 1; }).greeting
  (builtins.attrNames (lib.functionArgs mk))
  (lib.isInOldestRelease 2411)
  lib.nixpkgsVersion
]
