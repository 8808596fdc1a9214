builtins.getAttr "1" { }
