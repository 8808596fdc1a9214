builtins.attrNames (builtins.readDir ../../fixtures/filter)
