builtins.toJSON { "ключ" = "значение"; }
