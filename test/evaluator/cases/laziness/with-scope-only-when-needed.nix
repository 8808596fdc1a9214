let f = x: with (throw "scope"); x; in f 3
