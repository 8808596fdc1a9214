# A module may be imported by an absolute path string.
lib:
(lib.evalModules {
  modules = [
    (toString ./imports-dedup/decl.nix)
    { items = [ 4 ]; }
  ];
}).config.items
