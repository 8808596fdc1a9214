builtins.hasContext (builtins.placeholder "out")
