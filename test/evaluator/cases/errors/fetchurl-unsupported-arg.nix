builtins.fetchurl { url = "http://127.0.0.1:9/x"; bogus = 1; }
