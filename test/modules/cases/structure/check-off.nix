# With _module.check = false, unknown definitions are ignored.
lib:
(lib.evalModules {
  modules = [
    { _module.check = false; }
    { options.a = lib.mkOption { type = lib.types.int; }; }
    {
      a = 1;
      b = 2;
    }
  ];
}).config
