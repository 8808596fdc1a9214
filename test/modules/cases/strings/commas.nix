# commas joins definitions with commas.
lib:
(lib.evalModules {
  modules = [
    { options.list = lib.mkOption { type = lib.types.commas; }; }
    { list = "a"; }
    { list = "b,c"; }
  ];
}).config.list
