# lazyAttrsOf does not evaluate other entries at all.
lib:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; }
    {
      m.ok = 1;
      m.broken = throw "broken entry";
    }
  ];
}).config.m.ok
