[ (builtins.pathExists ./.) (builtins.pathExists ./nonexistent) (builtins.pathExists ../../fixtures/files/hello.txt) (builtins.pathExists "/work/nonexistent-abs") ]
