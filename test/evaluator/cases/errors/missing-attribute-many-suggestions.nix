{ foo = 1; fob = 2; fo = 3; bar = 4; }.fooo
