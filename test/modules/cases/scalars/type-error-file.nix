# A type error names the file of the wrong definition, and only that one.
lib:
(lib.evalModules {
  modules = [
    { options.cores = lib.mkOption { type = lib.types.ints.positive; }; }
    ./type-error-file/good.nix
    ./type-error-file/bad.nix
  ];
}).config.cores
