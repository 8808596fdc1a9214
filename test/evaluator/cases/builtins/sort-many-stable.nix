let xs = builtins.genList (i: { k = builtins.div i 10; i = i; }) 100; in map (x: x.i) (builtins.sort (a: b: a.k > b.k) xs)
