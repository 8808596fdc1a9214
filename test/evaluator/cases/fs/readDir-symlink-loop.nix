builtins.readDir ../../fixtures/loop/a
