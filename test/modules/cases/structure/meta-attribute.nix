# A top-level `meta` is merged into config.meta.
lib:
(lib.evalModules {
  modules = [
    {
      options.meta = lib.mkOption { type = lib.types.attrsOf lib.types.str; };
    }
    {
      meta.maintainer = "alice";
      config = { };
    }
  ];
}).config.meta
