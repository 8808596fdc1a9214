# Elements of listOf submodule get a generated name.
lib:
(lib.evalModules {
  modules = [
    {
      options.items = lib.mkOption {
        type = lib.types.listOf (
          lib.types.submodule (
            { name, ... }:
            {
              options.label = lib.mkOption {
                type = lib.types.str;
                default = name;
              };
            }
          )
        );
      };
    }
    { items = [ { } { } ]; }
  ];
}).config.items
