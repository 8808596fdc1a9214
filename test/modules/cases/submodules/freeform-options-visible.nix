# Freeform definitions do not appear in `options`.
lib:
let
  e = lib.evalModules {
    modules = [
      { freeformType = lib.types.attrsOf lib.types.int; }
      { options.declared = lib.mkOption { default = 0; }; }
      { free = 1; }
    ];
  };
in
builtins.attrNames e.options
