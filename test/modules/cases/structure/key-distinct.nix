# Identical inline modules without a key are distinct modules.
lib:
let
  item = {
    config.items = [ 7 ];
  };
in
(lib.evalModules {
  modules = [
    { options.items = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    item
    item
  ];
}).config.items
