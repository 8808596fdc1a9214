# Inline modules in `imports` are collected like top-level ones.
lib:
(lib.evalModules {
  modules = [
    {
      imports = [
        { options.a = lib.mkOption { type = lib.types.int; }; }
        (
          { ... }:
          {
            a = 5;
          }
        )
      ];
    }
  ];
}).config.a
