[ (builtins.pathExists ../../fixtures/links/to-hello) (builtins.pathExists ../../fixtures/links/to-dir) ]
