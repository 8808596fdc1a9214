# With a lazyAttrsOf freeform type, one broken freeform value does not break reading another.
lib:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.lazyAttrsOf lib.types.int; }
    {
      good = 1;
      bad = throw "bad value";
    }
  ];
}).config.good
