builtins.readFile ../../fixtures/loop/a
