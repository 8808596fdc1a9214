builtins.hashFile "sha256" ../../fixtures/files/empty.txt
