# A read-only option defined twice fails, even with equal values.
lib:
(lib.evalModules {
  modules = [
    {
      options.id = lib.mkOption {
        type = lib.types.int;
        readOnly = true;
      };
    }
    { id = 7; }
    { id = 7; }
  ];
}).config.id
