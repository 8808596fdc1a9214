# A default that fails is harmless while the option is not read or is defined.
lib:
let
  c =
    (lib.evalModules {
      modules = [
        {
          options.a = lib.mkOption { default = throw "default a"; };
          options.b = lib.mkOption { default = throw "default b"; };
          options.c = lib.mkOption { default = 3; };
        }
        { b = 2; }
      ];
    }).config;
in
{
  inherit (c) b c;
}
