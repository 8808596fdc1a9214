# A file imported twice is loaded once: its definitions count once.
lib:
(lib.evalModules {
  modules = [
    ./imports-dedup/decl.nix
    ./imports-dedup/item.nix
    { imports = [ ./imports-dedup/item.nix ]; }
    ./imports-dedup/item.nix
  ];
}).config.items
