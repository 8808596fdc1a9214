toString ../../fixtures/files/hello.txt
