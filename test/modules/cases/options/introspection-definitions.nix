# `definitions` holds the winning definitions' values, properties discharged, in order.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      { xs = [ 1 ]; }
      { xs = lib.mkBefore [ 0 ]; }
      { xs = lib.mkIf true [ 2 ]; }
      { xs = lib.mkIf false [ 99 ]; }
      { xs = lib.mkMerge [ [ 3 ] (lib.mkIf true [ 4 ]) ]; }
      { xs = lib.mkDefault [ 100 ]; }
    ];
  };
in
{
  inherit (e.options.xs) definitions;
  value = e.config.xs;
}
