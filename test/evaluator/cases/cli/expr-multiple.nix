# flags: --eval --strict -E '1' '2'
