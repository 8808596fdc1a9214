# Elements of listOf are merged one by one with the element type (here submodules with defaults).
lib:
(lib.evalModules {
  modules = [
    {
      options.users = lib.mkOption {
        type = lib.types.listOf (
          lib.types.submodule {
            options.name = lib.mkOption { type = lib.types.str; };
            options.shell = lib.mkOption {
              type = lib.types.str;
              default = "bash";
            };
          }
        );
      };
    }
    {
      users = [
        { name = "alice"; }
        {
          name = "bob";
          shell = "zsh";
        }
      ];
    }
  ];
}).config.users
