# A module function's arguments are passed lazily: naming `pkgs` without providing it is fine if unused.
lib:
(lib.evalModules {
  modules = [
    (
      { pkgs, ... }:
      {
        options.a = lib.mkOption { default = 1; };
      }
    )
  ];
}).config.a
