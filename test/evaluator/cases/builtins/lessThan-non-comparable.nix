builtins.lessThan [ ] 1
