let seen = builtins.path { path = ../../fixtures/filter; filter = path: type: builtins.trace "${type} ${baseNameOf path}" true; }; in seen
