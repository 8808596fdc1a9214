# flags: --eval --strict --read-write-mode --store dummy://
builtins.toFile "rw" "x"
