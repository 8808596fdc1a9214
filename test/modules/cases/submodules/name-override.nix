# A submodule entry's `name` default can be overridden without changing the attribute.
lib:
(lib.evalModules {
  modules = [
    {
      options.groups = lib.mkOption {
        type = lib.types.attrsOf (
          lib.types.submodule (
            { name, ... }:
            {
              options.name = lib.mkOption {
                type = lib.types.str;
                default = name;
              };
            }
          )
        );
      };
    }
    { groups.wheel.name = "admins"; }
  ];
}).config.groups
