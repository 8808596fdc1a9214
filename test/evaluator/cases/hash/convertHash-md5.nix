map (f: builtins.convertHash { hash = builtins.hashString "md5" "abc"; hashAlgo = "md5"; toHashFormat = f; }) [ "base16" "nix32" "base64" "sri" ]
