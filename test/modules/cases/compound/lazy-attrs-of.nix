# lazyAttrsOf lists its attribute names without evaluating their definitions.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.env = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.str; }; }
      {
        env.A = "fine";
        env.B = lib.mkIf (throw "condition evaluated") "x";
      }
    ];
  };
in
{
  a = e.config.env.A;
  names = builtins.attrNames e.config.env;
}
