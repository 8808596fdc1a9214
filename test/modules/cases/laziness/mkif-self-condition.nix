# A mkIf condition that reads the option it defines recurses.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.enable = lib.mkEnableOption "x";
        config.enable = lib.mkIf (!config.enable) true;
      }
    )
  ];
}).config.enable
