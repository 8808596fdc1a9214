# bool: true or false; several definitions must agree.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.bool; };
      options.b = lib.mkOption { type = lib.types.bool; };
    }
    { a = true; b = false; }
    { a = true; }
  ];
}).config
