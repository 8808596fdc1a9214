builtins.path { path = ../../fixtures/files/hello.txt; name = "renamed"; }
