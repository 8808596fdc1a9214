# Fixed points, overlays, extensible sets.
lib:
let
  base = self: { a = 1; b = self.a + 1; };
  ov1 = final: prev: { a = prev.a + 10; c = final.b * 2; };
  ov2 = final: prev: { c = prev.c + 1; };
  ext = lib.makeExtensible base;
  ext2 = ext.extend ov1;
in
{
  fix = (lib.fix base).b;
  fix' = let r = lib.fix' base; in [ r.b (r ? __unfix__) ((r.__unfix__ { a = 5; }).b) ];
  extends = lib.fix (lib.extends ov1 base);
  composeExtensions = lib.fix (lib.extends (lib.composeExtensions ov1 ov2) base);
  composeManyExtensions = lib.fix (lib.extends (lib.composeManyExtensions [ ov1 ov2 ]) base);
  composeManyEmpty = lib.fix (lib.extends (lib.composeManyExtensions [ ]) base);
  makeExtensible = { inherit (ext) a b; names = builtins.attrNames ext; };
  extend = { inherit (ext2) a b c; chained = (ext2.extend ov2).c; };
  makeExtensibleWithCustomName = builtins.attrNames (lib.makeExtensibleWithCustomName "patch" base);
  converge = lib.converge (x: if x < 10 then x + 3 else x) 1;
  toExtension = [
    (lib.fix (lib.extends (lib.toExtension { a = 7; }) base))
    (lib.fix (lib.extends (lib.toExtension (prev: { a = prev.a * 3; })) base))
    (lib.fix (lib.extends (lib.toExtension ov1) base))
  ];
}
