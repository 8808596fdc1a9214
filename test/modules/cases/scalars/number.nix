# number accepts integers and floats.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.number; };
      options.b = lib.mkOption { type = lib.types.number; };
    }
    {
      a = 3;
      b = 2.5;
    }
  ];
}).config
