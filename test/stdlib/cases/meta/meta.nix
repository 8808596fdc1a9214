# Metadata helpers on derivation-like sets.
lib:
let
  drv = { type = "derivation"; name = "hello-2.12"; pname = "hello"; version = "2.12"; outPath = "/nix/store/h-hello"; meta = { mainProgram = "hello"; }; };
  withBin = drv // { bin = drv // { outPath = "/nix/store/h-hello-bin"; }; };
  overridable = drv // { overrideAttrs = f: drv // { meta = (f drv).meta; overridden = true; }; };
in
{
  addMetaAttrs = (lib.addMetaAttrs { description = "d"; } drv).meta;
  addMetaAttrsOverride = let r = lib.addMetaAttrs { x = 1; } overridable; in [ r.overridden r.meta ];
  dontDistribute = (lib.dontDistribute drv).meta;
  setName = (lib.setName "other" drv).name;
  updateName = (lib.updateName (n: n + "-x") drv).name;
  appendToName = (lib.appendToName "minimal" drv).name;
  setPrio = (lib.setPrio 3 drv).meta.priority;
  lowPrio = (lib.lowPrio drv).meta.priority;
  hiPrio = (lib.hiPrio drv).meta.priority;
  defaultPriority = lib.meta.defaultPriority;
  lowPrioSet = lib.mapAttrs (n: v: v.meta.priority or "none") (lib.lowPrioSet { a = drv; b = { }; });
  hiPrioSet = lib.mapAttrs (n: v: v.meta.priority or "none") (lib.hiPrioSet { a = drv; });
  mapDerivationAttrset = lib.mapDerivationAttrset (d: d.name) { a = drv; b = 1; };
  getExe = lib.getExe drv;
  getExeBin = lib.getExe withBin;
  getExe' = lib.getExe' withBin "hello-helper";
  getExe'Bad = [ (builtins.tryEval (lib.getExe' "x" "y")).success (builtins.tryEval (lib.getExe' drv "a/b")).success ];
  platformMatch = [
    (lib.meta.platformMatch { system = "x86_64-linux"; } "x86_64-linux")
    (lib.meta.platformMatch { system = "x86_64-linux"; } "aarch64-linux")
    (lib.meta.platformMatch { parsed = { kernel.name = "linux"; cpu.name = "x86_64"; }; } { kernel.name = "linux"; })
  ];
  availableOn = [
    (lib.meta.availableOn { system = "x86_64-linux"; } drv)
    (lib.meta.availableOn { system = "x86_64-linux"; } (drv // { meta.platforms = [ "aarch64-linux" ]; }))
    (lib.meta.availableOn { system = "x86_64-linux"; } (drv // { meta.badPlatforms = [ "x86_64-linux" ]; }))
  ];
  getLicenseFromSpdxId = [ (lib.getLicenseFromSpdxId "MIT").shortName (lib.getLicenseFromSpdxId "gpl-3.0-or-later").shortName ];
  getLicenseFromSpdxIdOr = [ (lib.getLicenseFromSpdxIdOr "Apache-2.0" null).shortName (lib.getLicenseFromSpdxIdOr "Nope-1.0" "default") ];
  cpeFullVersionWithVendor = lib.meta.cpeFullVersionWithVendor "gnu" "1.0";
}
