[ (builtins.hasContext "plain") (builtins.hasContext "") ]
