builtins.addErrorContext (builtins.fromJSON "\"while \\u001b[1;35mcoloured\\u001b[0m\\tcontext\"") (throw "x")
