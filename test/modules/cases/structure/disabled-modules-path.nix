# A relative string in disabledModules is taken relative to specialArgs.modulesPath.
lib:
(lib.evalModules {
  specialArgs.modulesPath = ./disabled-modules-path;
  modules = [
    ./disabled-modules-path/decl.nix
    ./disabled-modules-path/services/a.nix
    ./disabled-modules-path/services/b.nix
    { disabledModules = [ "services/a.nix" ]; }
  ];
}).config.enabled
