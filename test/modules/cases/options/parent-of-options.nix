# An option cannot also be a parent of other options unless its type is a submodule.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; }
    { options.a.b = lib.mkOption { type = lib.types.int; }; }
  ];
}).config
