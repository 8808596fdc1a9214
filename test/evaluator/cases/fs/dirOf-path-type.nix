builtins.typeOf (builtins.dirOf ../../fixtures/files/hello.txt)
