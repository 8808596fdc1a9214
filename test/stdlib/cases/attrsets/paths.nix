# Attribute paths into nested sets.
lib:
let
  s = { a.b.c = 1; a.d = null; x = 5; };
in
{
  attrByPath = lib.attrByPath [ "a" "b" "c" ] 0 s;
  attrByPathMissing = lib.attrByPath [ "a" "z" ] "dflt" s;
  attrByPathThroughScalar = lib.attrByPath [ "x" "y" ] "dflt" s;
  attrByPathEmpty = lib.attrByPath [ ] 0 { q = 1; };
  attrByPathNull = lib.attrByPath [ "a" "d" ] 0 s;
  hasAttrByPath = [ (lib.hasAttrByPath [ "a" "b" ] s) (lib.hasAttrByPath [ "a" "q" ] s) (lib.hasAttrByPath [ ] s) (lib.hasAttrByPath [ "x" "y" ] s) ];
  setAttrByPath = lib.setAttrByPath [ "a" "b" ] 3;
  setAttrByPathEmpty = lib.setAttrByPath [ ] 3;
  getAttrFromPath = lib.getAttrFromPath [ "a" "b" "c" ] s;
  longestValidPathPrefix = [
    (lib.attrsets.longestValidPathPrefix [ "a" "b" "z" ] s)
    (lib.attrsets.longestValidPathPrefix [ "a" "b" "c" ] s)
    (lib.attrsets.longestValidPathPrefix [ "q" ] s)
  ];
  showAttrPath = [ (lib.showAttrPath [ "a" "b.c" "if" ]) (lib.showAttrPath [ ]) ];
  updateManyAttrsByPath = lib.updateManyAttrsByPath [
    { path = [ "a" "b" ]; update = old: old + 1; }
    { path = [ "n" "m" ]; update = _: "new"; }
    { path = [ "a" "b" ]; update = old: old * 10; }
    { path = [ ]; update = old: old // { top = true; }; }
  ] { a.b = 1; };
  updateManyBad = (builtins.tryEval (lib.updateManyAttrsByPath [ { path = [ "q" ]; update = old: old; } ] { })).success;
}
