# Two different mkDefault definitions conflict when nothing stronger exists.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = lib.mkDefault "x"; }
    { a = lib.mkDefault "y"; }
  ];
}).config.a
