# Declaring the same attrsOf submodule option twice merges the submodules' options.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.users = lib.mkOption {
          type = lib.types.attrsOf (
            lib.types.submodule { options.uid = lib.mkOption { type = lib.types.int; }; }
          );
        };
      }
      {
        options.users = lib.mkOption {
          type = lib.types.attrsOf (
            lib.types.submodule {
              options.shell = lib.mkOption {
                type = lib.types.str;
                default = "sh";
              };
            }
          );
        };
      }
      { users.alice.uid = 1; }
    ];
  };
in
{
  value = e.config.users;
  count = builtins.length e.options.users.declarations;
}
