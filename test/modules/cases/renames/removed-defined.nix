# Defining a removed option makes its assertion fail, naming the file.
lib:
let
  e = lib.evalModules {
    modules = [
      (lib.mkRemovedOptionModule [ "legacy" "flag" ] "Use `modern` instead.")
      {
        options.assertions = lib.mkOption {
          type = lib.types.listOf lib.types.unspecified;
          default = [ ];
        };
      }
      {
        _file = "user.nix";
        legacy.flag = true;
      }
    ];
  };
in
map (a: a.message) (builtins.filter (a: !a.assertion) e.config.assertions)
