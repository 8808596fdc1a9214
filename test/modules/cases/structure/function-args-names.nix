# A module function sees the standard arguments; `options` is the option tree.
lib:
(lib.evalModules {
  modules = [
    (
      args@{ options, ... }:
      {
        options.argNames = lib.mkOption { type = lib.types.listOf lib.types.str; };
        options.hasArgsOption = lib.mkOption { type = lib.types.bool; };
        config.argNames = builtins.filter (n: builtins.elem n [
          "config"
          "options"
          "lib"
          "specialArgs"
          "_class"
          "_prefix"
        ]) (builtins.attrNames args);
        config.hasArgsOption = options ? _module;
      }
    )
  ];
}).config
