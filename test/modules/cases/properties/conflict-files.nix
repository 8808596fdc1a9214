# A conflict between definitions in two files names both files.
lib:
(lib.evalModules {
  modules = [
    { options.timeZone = lib.mkOption { type = lib.types.str; }; }
    ./conflict-files/europe.nix
    ./conflict-files/america.nix
  ];
}).config.timeZone
