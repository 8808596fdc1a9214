let v = { a = [ 1 2 { b = "c"; } ]; d = null; e = 2.5; }; in builtins.fromJSON (builtins.toJSON v) == v
