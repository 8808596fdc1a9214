# An empty mkMerge defines nothing.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.a = lib.mkOption { default = 5; }; }
      { a = lib.mkMerge [ ]; }
    ];
  };
in
{
  value = e.config.a;
  inherit (e.options.a) isDefined highestPrio;
}
