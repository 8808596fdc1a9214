# Descriptions of composed types.
lib:
let
  t = lib.types;
in
map (type: type.description) [
  (t.listOf t.int)
  (t.attrsOf (t.listOf t.str))
  (t.lazyAttrsOf t.int)
  (t.nullOr t.str)
  (t.nullOr (t.either t.int t.str))
  (t.either (t.listOf t.int) t.str)
  (t.coercedTo t.str (x: x) t.int)
  (t.functionTo t.bool)
  (t.nonEmptyListOf t.path)
  (t.listOf (t.submodule { }))
  t.anything
  t.raw
  t.attrs
  t.unspecified
  t.deferredModule
]
