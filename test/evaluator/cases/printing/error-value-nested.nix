builtins.head { a = { b = { c = { d = { e = 1; }; }; }; }; }
