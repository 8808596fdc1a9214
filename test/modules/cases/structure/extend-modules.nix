# extendModules evaluates again with more modules.
lib:
let
  base = lib.evalModules {
    modules = [
      {
        options.n = lib.mkOption { type = lib.types.int; };
        options.m = lib.mkOption {
          type = lib.types.listOf lib.types.int;
          default = [ ];
        };
        config.n = lib.mkDefault 1;
      }
    ];
  };
  extended = base.extendModules { modules = [ { n = 2; m = [ 3 ]; } ]; };
in
{
  base = base.config;
  extended = extended.config;
}
