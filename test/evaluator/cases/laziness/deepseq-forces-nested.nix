builtins.deepSeq { a = [ (throw "nested") ]; } "ok"
