# coercedTo converts definitions of the source type before merging.
lib:
let
  t = lib.types.coercedTo lib.types.str (s: [ s ]) (lib.types.listOf lib.types.str);
  e = lib.evalModules {
    modules = [
      { options.xs = lib.mkOption { type = t; }; }
      { xs = "single"; }
      { xs = [ "list" ]; }
    ];
  };
in
{
  value = e.config.xs;
  inherit (t) name description;
}
