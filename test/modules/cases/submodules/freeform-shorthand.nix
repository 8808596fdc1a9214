# A module's top-level `freeformType` sets _module.freeformType.
lib:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.int; }
    {
      a = 1;
      b = 2;
    }
  ];
}).config
