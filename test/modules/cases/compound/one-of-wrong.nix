# oneOf rejects values of none of its types.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption {
        type = lib.types.oneOf [
          lib.types.bool
          lib.types.int
        ];
      };
    }
    { a = [ ]; }
  ];
}).config.a
