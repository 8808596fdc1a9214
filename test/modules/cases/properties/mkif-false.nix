# mkIf false drops the definition, so the default applies.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 0; }; }
    { a = lib.mkIf false 1; }
  ];
}).config.a
