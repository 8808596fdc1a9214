builtins.trace "before the error" (throw "after trace")
