builtins.seq (throw "first") "ok"
