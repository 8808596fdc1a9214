# attrs merges attribute sets shallowly (the last module's attributes win).
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.attrs; }; }
    {
      a = {
        x = 1;
        n.p = 1;
      };
    }
    {
      a = {
        y = 2;
        n.q = 2;
      };
    }
  ];
}).config.a
