builtins.hashFile "sha1" "${toString ../../fixtures/files/hello.txt}"
