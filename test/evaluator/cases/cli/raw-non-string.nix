# flags: --eval --raw -E '1'
