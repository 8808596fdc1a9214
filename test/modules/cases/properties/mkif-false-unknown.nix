# A definition under mkIf false still has to match a declared option.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 0; }; }
    { config = lib.mkIf false { b = 1; }; }
  ];
}).config.a
