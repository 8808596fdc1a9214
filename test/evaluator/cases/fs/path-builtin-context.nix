builtins.getContext (builtins.path { path = ../../fixtures/files/hello.txt; })
