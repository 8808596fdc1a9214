builtins.genList (i: { inherit i; }) 3
