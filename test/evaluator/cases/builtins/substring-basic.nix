[ (builtins.substring 0 3 "hello") (builtins.substring 1 100 "hello") (builtins.substring 5 1 "hello") (builtins.substring 10 1 "hello") (builtins.substring 1 (-1) "hello") ]
