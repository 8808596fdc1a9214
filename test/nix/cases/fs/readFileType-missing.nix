builtins.readFileType ./nope
