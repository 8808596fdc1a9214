[ (builtins.dirOf ./a/b) (builtins.dirOf /x) (builtins.dirOf /x/y) ]
