# Two declarations whose types cannot be merged collide, even without defaults.
lib:
(lib.evalModules {
  modules = [
    ./duplicate-declaration-types/int.nix
    ./duplicate-declaration-types/str.nix
  ];
}).config
