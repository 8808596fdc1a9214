builtins.mapAttrs (name: _: name) { x = 1; y = 2; }
