# Two different mkForce definitions conflict.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = lib.mkForce "one"; }
    { a = lib.mkForce "two"; }
  ];
}).config.a
