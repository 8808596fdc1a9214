# flags: --eval
42
