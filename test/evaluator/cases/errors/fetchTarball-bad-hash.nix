builtins.fetchTarball { url = "http://127.0.0.1:9/x"; sha256 = "bad"; }
