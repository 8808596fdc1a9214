map builtins.isNull [ null false 0 "" [ ] ]
