# Inline modules with the same `key` are loaded once.
lib:
let
  item = {
    key = "the-item";
    config.items = [ 7 ];
  };
in
(lib.evalModules {
  modules = [
    { options.items = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    item
    item
    { imports = [ item ]; }
  ];
}).config.items
