builtins.fetchGit { url = "/x"; rev = "notarev"; }
