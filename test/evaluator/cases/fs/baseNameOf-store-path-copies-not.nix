builtins.baseNameOf ../../fixtures/files/hello.txt
