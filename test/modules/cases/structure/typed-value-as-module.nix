# A value tagged with another `_type` (here an option) is not a module.
lib:
(lib.evalModules {
  modules = [ (lib.mkOption { type = lib.types.int; }) ];
}).config
