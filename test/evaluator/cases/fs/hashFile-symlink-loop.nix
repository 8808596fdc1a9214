builtins.hashFile "sha256" ../../fixtures/loop/self
