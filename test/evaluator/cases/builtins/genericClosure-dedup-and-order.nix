builtins.genericClosure {
  startSet = [ { key = 3; tag = "a"; } { key = 1; tag = "b"; } { key = 3; tag = "dup"; } ];
  operator = item: (if item.key < 10 then [ { key = item.key * 2; tag = "from-${toString item.key}"; } ] else [ ]) ++ [ { key = 1; tag = "again"; } ];
}
