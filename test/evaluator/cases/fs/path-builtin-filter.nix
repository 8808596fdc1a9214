builtins.path { path = ../../fixtures/filter; name = "filtered"; filter = path: type: builtins.match ".*\\.log" path == null && baseNameOf path != "skip"; }
