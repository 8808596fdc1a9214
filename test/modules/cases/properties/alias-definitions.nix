# mkAliasDefinitions forwards another option's definitions.
lib:
(lib.evalModules {
  modules = [
    (
      { options, ... }:
      {
        options.source = lib.mkOption { type = lib.types.listOf lib.types.int; };
        options.target = lib.mkOption { type = lib.types.listOf lib.types.int; };
        config.target = lib.mkAliasDefinitions options.source;
      }
    )
    { source = [ 1 ]; }
    { source = [ 2 ]; }
  ];
}).config.target
