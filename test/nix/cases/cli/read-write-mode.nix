# flags: --eval --strict --read-write-mode
builtins.toFile "rw" "x"
