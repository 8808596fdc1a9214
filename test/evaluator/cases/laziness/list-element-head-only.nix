builtins.head [ 1 (throw "second") ]
