# flags: --eval --no-such-flag
1
