builtins.trace [ 1 { a = "b"; } null ] (builtins.trace 2.5 "done")
