map builtins.isList [ [ ] [ 1 ] { } "[]" ]
