# functionTo merges functions: the results of every definition are merged with the result type.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.f = lib.mkOption { type = lib.types.functionTo (lib.types.listOf lib.types.int); }; }
      { f = x: [ x ]; }
      { f = x: [ (x * 10) ]; }
    ];
  };
in
{
  result = e.config.f 2;
  inherit (e.options.f.type) name description;
}
