# str does not concatenate: different strings conflict.
lib:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; }; }
    { name = "a"; }
    { name = "b"; }
  ];
}).config.name
