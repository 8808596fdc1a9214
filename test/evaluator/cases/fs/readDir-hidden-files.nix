builtins.attrNames (builtins.readDir ../../fixtures/dir)
