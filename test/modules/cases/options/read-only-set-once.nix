# A read-only option without a default may be defined once.
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
  ];
}).config.id
