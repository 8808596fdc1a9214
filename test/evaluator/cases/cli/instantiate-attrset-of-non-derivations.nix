# flags: -E '{ a = 1; }'
