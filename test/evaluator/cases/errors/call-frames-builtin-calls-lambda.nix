# flags: --eval --strict --show-trace
let
  attrs = { a = 1; };
  pick = name: attrs.${name};
  go = builtins.foldl' (acc: name: acc + pick name) 0;
in
go [ "a" "b" ]
