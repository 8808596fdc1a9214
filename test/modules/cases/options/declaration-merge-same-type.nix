# The same type declared twice (listOf int) merges.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      { xs = [ 1 ]; }
    ];
  };
in
{
  value = e.config.xs;
  count = builtins.length e.options.xs.declarations;
}
