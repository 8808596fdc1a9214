# Reading one option does not evaluate another option's broken definition.
lib:
(lib.evalModules {
  modules = [
    {
      options.good = lib.mkOption { type = lib.types.int; };
      options.bad = lib.mkOption { type = lib.types.int; };
    }
    {
      good = 1;
      bad = throw "bad is broken";
    }
  ];
}).config.good
