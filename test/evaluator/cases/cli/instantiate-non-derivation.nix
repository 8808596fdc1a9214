# flags: -E '42'
