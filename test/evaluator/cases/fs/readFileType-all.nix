map builtins.readFileType [ ../../fixtures/files/hello.txt ../../fixtures/dir ../../fixtures/links/to-hello ]
