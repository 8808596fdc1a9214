# A deferredModule value can be evaluated several times, with different extra modules.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.defaults = lib.mkOption { type = lib.types.deferredModule; }; }
      {
        defaults = {
          options.n = lib.mkOption { type = lib.types.int; };
          config.n = lib.mkDefault 1;
        };
      }
    ];
  };
  run = extra: (lib.evalModules { modules = [ e.config.defaults ] ++ extra; }).config.n;
in
[
  (run [ ])
  (run [ { n = 5; } ])
]
