# In lazyAttrsOf, an attribute whose only definition is mkIf false exists but has no value.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.env = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.str; }; }
      { env.B = lib.mkIf false "x"; }
    ];
  };
in
e.config.env.B
