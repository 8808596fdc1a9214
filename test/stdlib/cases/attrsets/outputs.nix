# Package outputs and search paths.
lib:
let
  mk = name: outs: lib.genAttrs outs (o: { outPath = "/nix/store/${name}-${o}"; outputName = o; }) // { outPath = "/nix/store/${name}-out"; type = "derivation"; inherit name; outputs = outs; };
  pkg = mk "p" [ "out" "bin" "dev" "lib" "man" ];
  plain = mk "q" [ "out" ];
  selected = pkg.dev // { outputSpecified = true; };
in
{
  getBin = (lib.getBin pkg).outPath;
  getDev = (lib.getDev pkg).outPath;
  getLib = (lib.getLib pkg).outPath;
  getMan = (lib.getMan pkg).outPath;
  getBinPlain = "${lib.getBin plain}";
  getOutputSpecified = (lib.getOutput "bin" selected).outPath;
  getOutputString = lib.getOutput "bin" "/some/path";
  getFirstOutput = (lib.getFirstOutput [ "include" "dev" "out" ] pkg).outPath;
  getInclude = (lib.getInclude plain).outPath;
  getStatic = (lib.getStatic pkg).outPath;
  chooseDevOutputs = map (p: p.outPath) (lib.chooseDevOutputs [ pkg plain ]);
  makeBinPath = lib.makeBinPath [ pkg plain "/opt/x" null ];
  makeLibraryPath = lib.makeLibraryPath [ pkg plain ];
  makeIncludePath = lib.makeIncludePath [ pkg ];
  makeSearchPath = lib.makeSearchPath "share/man" [ "/a" "/b" null ];
  makeSearchPathOutput = lib.makeSearchPathOutput "dev" "lib/pkgconfig" [ pkg ];
  isDerivation = [ (lib.isDerivation pkg) (lib.isDerivation { }) (lib.isDerivation "x") ];
}
