"abc".a
