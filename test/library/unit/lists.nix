# Unit tests of nix/lib/util/lists.nix: `"test: …" = { expr; expected; }`, run by
# test/library/unit.test.ts (with Arbor's evaluator in `npm test`, and with the real Nix in the
# oracle suite).
let
  lists = import ../../../nix/lib/util/lists.nix;
in
{
  "test: unique keeps the first of each string, in order" = {
    expr = lists.unique [ "b" "a" "b" "c" "a" ];
    expected = [ "b" "a" "c" ];
  };
  "test: unique takes any values, as nixpkgs' lib.unique does" = {
    expr = lists.unique [ 1 { a = 1; } 1 [ 2 ] { a = 1; } null [ 2 ] null 1.5 ];
    expected = [ 1 { a = 1; } [ 2 ] null 1.5 ];
  };
  "test: unique of an empty list" = {
    expr = lists.unique [ ];
    expected = [ ];
  };
  "test: uniqueOn keeps the first element of each key" = {
    expr = lists.uniqueOn (x: x.k) [
      { k = "a"; v = 1; }
      { k = "b"; v = 2; }
      { k = "a"; v = 3; }
    ];
    expected = [
      { k = "a"; v = 1; }
      { k = "b"; v = 2; }
    ];
  };
  "test: count counts what the predicate accepts" = {
    expr = lists.count (x: x > 1) [ 1 2 3 ];
    expected = 2;
  };
}
