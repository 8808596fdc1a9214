# An override around a module's whole config applies to each definition in it.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.a = lib.mkOption { };
        options.b = lib.mkOption { };
      }
      {
        config = lib.mkDefault {
          a = 1;
          b = 2;
        };
      }
      { a = 10; }
    ];
  };
in
{
  inherit (e.config) a b;
  prioA = e.options.a.highestPrio;
  prioB = e.options.b.highestPrio;
}
