let f = x: abort "aborting with ${x}"; in { a = f "arg"; }
