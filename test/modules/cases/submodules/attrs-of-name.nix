# In attrsOf submodule, each entry's `name` argument is its attribute name.
lib:
(lib.evalModules {
  modules = [
    {
      options.users = lib.mkOption {
        type = lib.types.attrsOf (
          lib.types.submodule (
            { name, ... }:
            {
              options.name = lib.mkOption {
                type = lib.types.str;
                default = name;
              };
              options.home = lib.mkOption {
                type = lib.types.str;
                default = "/home/${name}";
              };
            }
          )
        );
      };
    }
    {
      users.alice = { };
      users.bob.home = "/srv/bob";
    }
  ];
}).config.users
