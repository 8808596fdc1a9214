# mkDerivedConfig keeps the priority of the option it derives from.
lib:
let
  e = lib.evalModules {
    modules = [
      (
        { options, ... }:
        {
          options.name = lib.mkOption { type = lib.types.str; };
          options.greeting = lib.mkOption { type = lib.types.str; };
          config.greeting = lib.mkDerivedConfig options.name (n: "hello ${n}");
        }
      )
      { name = lib.mkDefault "world"; }
    ];
  };
in
{
  inherit (e.config) greeting;
  prio = e.options.greeting.highestPrio;
}
