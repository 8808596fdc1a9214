# attrsOf decides its attribute names eagerly: mkIf values are checked to list them.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
      {
        env.A = "fine";
        env.B = lib.mkIf (throw "condition evaluated") "x";
      }
    ];
  };
in
e.config.env.A
