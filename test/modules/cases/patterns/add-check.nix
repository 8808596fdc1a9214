# addCheck narrows a type; values failing the extra check are type errors.
lib:
let
  evenInt = lib.types.addCheck lib.types.int (x: lib.mod x 2 == 0);
  e = lib.evalModules {
    modules = [
      { options.n = lib.mkOption { type = evenInt; }; }
      { n = 4; }
    ];
  };
in
{
  value = e.config.n;
  checks = map evenInt.check [ 1 2 "2" ];
  inherit (evenInt) description;
}
