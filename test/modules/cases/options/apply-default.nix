# `apply` also applies to the default.
lib:
(lib.evalModules {
  modules = [
    {
      options.n = lib.mkOption {
        type = lib.types.int;
        default = 4;
        apply = n: n * n;
      };
    }
  ];
}).config.n
