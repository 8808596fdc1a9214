# str: a single string; equal definitions merge.
lib:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; }; }
    { name = "box"; }
    { name = "box"; }
  ];
}).config.name
