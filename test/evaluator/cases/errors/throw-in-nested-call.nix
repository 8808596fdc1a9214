let f = x: g x; g = x: h x; h = x: throw "deep throw ${toString x}"; in f 1
