# `imports` cannot depend on `config`: it is resolved before config exists.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        imports = if config.enable then [ { } ] else [ ];
        options.enable = lib.mkOption {
          type = lib.types.bool;
          default = false;
        };
      }
    )
  ];
}).config.enable
