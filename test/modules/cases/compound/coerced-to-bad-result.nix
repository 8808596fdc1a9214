# The coercion's result must have the final type.
lib:
(lib.evalModules {
  modules = [
    {
      options.n = lib.mkOption {
        type = lib.types.coercedTo lib.types.str (s: s + "!") lib.types.int;
      };
    }
    { n = "five"; }
  ];
}).config.n
