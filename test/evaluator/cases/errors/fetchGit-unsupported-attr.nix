builtins.fetchGit { url = "/x"; bogus = 1; }
