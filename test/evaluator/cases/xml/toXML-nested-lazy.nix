builtins.toXML { a = { b = 1 + 1; }; }
