builtins.catAttrs "a" [ ]
