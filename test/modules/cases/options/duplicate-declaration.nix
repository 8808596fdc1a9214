# Two modules declaring the same option with defaults collide.
lib:
(lib.evalModules {
  modules = [
    ./duplicate-declaration/a.nix
    ./duplicate-declaration/b.nix
  ];
}).config.port
