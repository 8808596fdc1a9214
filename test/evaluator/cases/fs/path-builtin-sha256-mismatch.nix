builtins.path { path = ../../fixtures/files/hello.txt; sha256 = "0000000000000000000000000000000000000000000000000000000000000000"; recursive = false; }
