# A plain submodule option's `name` is the option's name.
lib:
(lib.evalModules {
  modules = [
    {
      options.box = lib.mkOption {
        type = lib.types.submodule (
          { name, ... }:
          {
            options.n = lib.mkOption { default = name; };
          }
        );
        default = { };
      };
    }
  ];
}).config.box.n
