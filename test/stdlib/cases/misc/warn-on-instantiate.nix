# warnOnInstantiate warns when a store path is used, not for name/meta.
lib:
let
  drv = { type = "derivation"; name = "x"; outPath = "/o"; drvPath = "/d"; meta = { }; };
  w = lib.warnOnInstantiate "do not use x" drv;
in
[ w.name w.meta w.outPath ]
