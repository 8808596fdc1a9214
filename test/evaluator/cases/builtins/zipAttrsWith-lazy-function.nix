builtins.attrNames (builtins.zipAttrsWith (n: v: throw "lazy") [ { a = 1; } ])
