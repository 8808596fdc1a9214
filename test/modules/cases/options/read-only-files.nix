# A read-only option set in two files names both.
lib:
(lib.evalModules {
  modules = [
    ./read-only-files/decl.nix
    ./read-only-files/set.nix
  ];
}).config.stateVersion
