# flags: --eval --strict --show-trace
let
  counter = {
    __functor = self: n: if n == 0 then throw "reached zero" else self (n - 1);
  };
  rec' = rec { down = n: if n == 0 then builtins.head [ ] else down (n - 1); };
in
[ (builtins.tryEval (counter 2)).success (rec'.down 2) ]
