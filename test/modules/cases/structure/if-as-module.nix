# A bare mkIf (or override) at the top of a module is taken as its config.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
    (lib.mkIf true { a = 2; })
  ];
}).config.a
