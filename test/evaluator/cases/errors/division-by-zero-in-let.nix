let d = 0; in 10 / d
