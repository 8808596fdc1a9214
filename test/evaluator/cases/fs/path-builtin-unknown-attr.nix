builtins.path { path = ../../fixtures/files/hello.txt; bogus = 1; }
