builtins.path { path = ../../fixtures/files/hello.txt; }
