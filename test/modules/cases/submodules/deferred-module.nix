# deferredModule collects module definitions for a later evaluation.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.common = lib.mkOption { type = lib.types.deferredModule; }; }
      { common.options.greeting = lib.mkOption { type = lib.types.str; }; }
      { common.greeting = lib.mkDefault "hi"; }
      (
        { lib, ... }:
        {
          common =
            { config, ... }:
            {
              options.loud = lib.mkOption { default = config.greeting + "!"; };
            };
        }
      )
    ];
  };
  inner = lib.evalModules { modules = [ e.config.common ]; };
in
inner.config
