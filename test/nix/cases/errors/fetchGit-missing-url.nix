builtins.fetchGit { }
