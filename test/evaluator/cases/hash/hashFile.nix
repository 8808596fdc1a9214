map (a: builtins.hashFile a ../../fixtures/files/hello.txt) [ "md5" "sha1" "sha256" "sha512" ]
