# An unknown definition under a prefix is reported with the full location.
lib:
(lib.evalModules {
  prefix = [ "outer" ];
  modules = [
    { options.leaf = lib.mkOption { type = lib.types.int; }; }
    { leef = 1; }
  ];
}).config
