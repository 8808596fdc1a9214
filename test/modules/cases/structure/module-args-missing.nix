# An argument that neither specialArgs nor _module.args provide fails when used.
lib:
(lib.evalModules {
  modules = [
    (
      { nothere, ... }:
      {
        options.x = lib.mkOption { type = lib.types.int; };
        config.x = nothere;
      }
    )
  ];
}).config.x
