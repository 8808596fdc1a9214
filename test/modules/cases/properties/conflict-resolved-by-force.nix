# A conflict between plain definitions is resolved by a mkForce elsewhere.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = "x"; }
    { a = "y"; }
    { a = lib.mkForce "z"; }
  ];
}).config.a
