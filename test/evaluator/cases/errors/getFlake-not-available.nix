builtins.getFlake "github:x/y"
