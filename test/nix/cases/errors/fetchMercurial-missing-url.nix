builtins.fetchMercurial { }
