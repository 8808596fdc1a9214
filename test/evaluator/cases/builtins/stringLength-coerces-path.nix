builtins.stringLength ../../fixtures/files/hello.txt
