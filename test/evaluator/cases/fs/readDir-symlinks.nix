builtins.readDir ../../fixtures/links
