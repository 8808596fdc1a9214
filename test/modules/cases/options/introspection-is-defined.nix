# `isDefined` is true once anything (including a default) defines the option.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options = {
          withDefault = lib.mkOption { default = 1; };
          defined = lib.mkOption { };
          undefined = lib.mkOption { };
          onlyFalseIf = lib.mkOption { };
        };
      }
      {
        defined = 2;
        onlyFalseIf = lib.mkIf false 3;
      }
    ];
  };
in
lib.mapAttrs (_: o: o.isDefined) (removeAttrs e.options [ "_module" ])
