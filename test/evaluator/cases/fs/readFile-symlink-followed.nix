builtins.readFile ../../fixtures/links/to-hello
