# mkDefault loses against a plain definition.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = lib.mkDefault "default"; }
    { a = "plain"; }
  ];
}).config.a
