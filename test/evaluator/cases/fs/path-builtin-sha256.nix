builtins.path { path = ../../fixtures/files/hello.txt; sha256 = "d9014c4624844aa5bac314773d6b689ad467fa4e1d1a50a1b8a99d5a95f72ff5"; recursive = false; }
