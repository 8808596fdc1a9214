map (x: x.key) (builtins.genericClosure {
  startSet = [ { key = "b"; } ];
  operator = x: if x.key == "b" then [ { key = "a"; } { key = "c"; } ] else [ { key = "b"; } ];
})
