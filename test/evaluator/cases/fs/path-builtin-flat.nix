builtins.path { path = ../../fixtures/files/hello.txt; recursive = false; }
