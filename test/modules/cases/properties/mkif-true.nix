# mkIf true keeps the definition.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 0; }; }
    { a = lib.mkIf true 1; }
  ];
}).config.a
