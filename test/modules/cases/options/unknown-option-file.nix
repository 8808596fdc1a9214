# The unknown-option report names the defining file.
lib:
(lib.evalModules {
  modules = [
    { options.enable = lib.mkEnableOption "it"; }
    ./unknown-option-file/typo.nix
  ];
}).config.enable
