builtins.readDir ../../fixtures/dir
