# disabledModules with an attribute set removes the module with the same key.
lib:
let
  extra = {
    key = "extra";
    config.tags = [ "extra" ];
  };
in
(lib.evalModules {
  modules = [
    { options.tags = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    extra
    { tags = [ "base" ]; }
    { disabledModules = [ { key = "extra"; } ]; }
  ];
}).config.tags
