# The content of mkIf false is never evaluated.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 0; }; }
    { a = lib.mkIf false (throw "never"); }
  ];
}).config.a
