builtins.pathExists ../../fixtures/loop/a/x
