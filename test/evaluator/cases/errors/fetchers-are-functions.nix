map builtins.isFunction [ builtins.fetchurl builtins.fetchTarball builtins.fetchGit builtins.fetchMercurial ]
