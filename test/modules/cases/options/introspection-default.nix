# `default` is kept as declared, before `apply`.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.n = lib.mkOption {
          default = 2;
          apply = x: x + 1;
        };
      }
      { n = 10; }
    ];
  };
in
{
  inherit (e.options.n) default value;
  config = e.config.n;
}
