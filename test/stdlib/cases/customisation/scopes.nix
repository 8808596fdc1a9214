# makeScope, extendDerivation, cross-index helpers.
lib:
let
  newScope = extra: lib.callPackageWith (scope // extra);
  scope = lib.makeScope newScope (self: { a = 1; b = self.a + 1; pkg = self.callPackage ({ a, b }: { sum = a + b; }) { }; });
  over = scope.overrideScope (final: prev: { a = 10; });
  drv = { type = "derivation"; name = "x"; outputs = [ "out" "dev" ]; outPath = "/o"; drvPath = "/d"; out = { type = "derivation"; outputName = "out"; outPath = "/o"; drvPath = "/d"; }; dev = { type = "derivation"; outputName = "dev"; outPath = "/od"; drvPath = "/d"; }; };
  ext = lib.extendDerivation true { passthru1 = "p"; } drv;
in
{
  b = scope.b;
  pkg = scope.pkg.sum;
  overB = over.b;
  overPkg = over.pkg.sum;
  names = builtins.attrNames scope;
  ext = { inherit (ext) passthru1 outPath drvPath; devOut = ext.dev.outPath; devPassthru = ext.dev.passthru1; all = map (o: o.outPath) ext.all; spec = ext.dev.outputSpecified; };
  extFails = (builtins.tryEval (lib.extendDerivation false { } drv).outPath).success;
  renameCrossIndexFrom = lib.renameCrossIndexFrom "pkgs" { pkgsBuildBuild = 1; pkgsBuildHost = 2; pkgsBuildTarget = 3; pkgsHostHost = 4; pkgsHostTarget = 5; pkgsTargetTarget = 6; };
  renameCrossIndexTo = lib.renameCrossIndexTo "self" { buildBuild = 1; buildHost = 2; buildTarget = 3; hostHost = 4; hostTarget = 5; targetTarget = 6; };
  mapCrossIndex = lib.mapCrossIndex (x: x * 2) { buildBuild = 1; buildHost = 2; buildTarget = 3; hostHost = 4; hostTarget = 5; targetTarget = 6; };
  optionalDrvAttr = [ (lib.optionalDrvAttr true 1) (lib.optionalDrvAttr false 1) ];
}
