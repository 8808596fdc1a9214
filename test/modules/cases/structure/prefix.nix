# `prefix` is prepended to option locations.
lib:
let
  e = lib.evalModules {
    prefix = [ "outer" "inner" ];
    modules = [
      {
        options.leaf = lib.mkOption { type = lib.types.int; };
        config.leaf = 1;
      }
    ];
  };
in
{
  loc = e.options.leaf.loc;
  shown = "${e.options.leaf}";
}
