# mkVMOverride (priority 10) beats mkForce (50).
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = lib.mkForce 1; }
    { a = lib.mkVMOverride 2; }
  ];
}).config.a
