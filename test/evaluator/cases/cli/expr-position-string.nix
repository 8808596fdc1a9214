# flags: --eval --strict -E 'let x = 1; in x.y'
