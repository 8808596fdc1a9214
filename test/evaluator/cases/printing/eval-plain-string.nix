# flags: --eval
"hello"
