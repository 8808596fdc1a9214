builtins.trace ./some/path "done"
