# lib.kernel answers, lazyDerivation, warnOnInstantiate.
lib:
let
  drv = { type = "derivation"; name = "x-1"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; outPath = "/o"; drvPath = "/d"; outputName = "out"; meta = { a = 1; }; out = { outPath = "/o"; }; dev = { outPath = "/od"; }; extra = "e"; };
  lazy = lib.lazyDerivation { derivation = drv; outputs = [ "out" "dev" ]; passthru.p = 1; };
in
{
  kernel = with lib.kernel; { inherit yes no module unset; opt = option yes; free = freeform "64"; };
  lazy = { names = builtins.attrNames lazy; inherit (lazy) outPath name p; dev = lazy.dev.outPath; meta = lazy.meta; };
  lazyMismatch = (builtins.tryEval (lib.lazyDerivation { derivation = drv; }).outPath).success;
  lazyNotDrv = (builtins.tryEval (lib.lazyDerivation { derivation = { }; }).outPath).success;
}
