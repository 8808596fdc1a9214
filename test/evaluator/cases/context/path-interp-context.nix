builtins.getContext "${../../fixtures/files/hello.txt}"
