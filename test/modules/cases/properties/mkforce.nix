# mkForce wins over plain definitions.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = "one"; }
    { a = lib.mkForce "forced"; }
    { a = "two"; }
  ];
}).config.a
