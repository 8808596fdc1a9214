# `type.name` and `type.description` of a few option types.
lib:
let
  t = lib.types;
  e = lib.evalModules {
    modules = [
      {
        options = {
          a = lib.mkOption { type = t.listOf (t.attrsOf t.str); };
          b = lib.mkOption { type = t.nullOr (t.either t.int t.str); };
          c = lib.mkOption { type = t.submodule { }; };
          d = lib.mkOption { type = t.enum [ "x" 1 ]; };
          e = lib.mkOption { type = t.lazyAttrsOf t.bool; };
        };
      }
    ];
  };
in
lib.mapAttrs (_: o: { inherit (o.type) name description; }) (removeAttrs e.options [ "_module" ])
