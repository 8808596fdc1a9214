# mkIf needs a boolean condition.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 0; }; }
    { a = lib.mkIf "yes" 1; }
  ];
}).config.a
