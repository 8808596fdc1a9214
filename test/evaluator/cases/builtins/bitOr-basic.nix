[ (builtins.bitOr 0 0) (builtins.bitOr 5 2) (builtins.bitOr 9223372036854775807 1) ]
