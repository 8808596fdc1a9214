# str rejects a path.
lib:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.str; }; }
    { name = ./str.nix; }
  ];
}).config.name
