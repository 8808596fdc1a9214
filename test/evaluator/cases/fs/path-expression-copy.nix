"${../../fixtures/files/hello.txt}"
