# oneOf is either over a list of types.
lib:
let
  t = lib.types.oneOf [
    lib.types.bool
    lib.types.int
    lib.types.str
  ];
  e = lib.evalModules {
    modules = [
      {
        options.a = lib.mkOption { type = t; };
        options.b = lib.mkOption { type = t; };
      }
      {
        a = false;
        b = "x";
      }
    ];
  };
in
{
  value = e.config;
  inherit (t) description;
}
