# flags: --eval
# `[ ]` is a constant, shared, never a thunk: lazy printing shows it, in a set, a list and a let.
{
  a = [ ];
  b = [ [ ] { } ];
  inherit (let x = [ ]; in { inherit x; y = x; }) x;
  c = let x = [ ]; in { inherit x; y = x; };
}
