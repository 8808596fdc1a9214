# disabledModules with a path removes that file's module.
lib:
(lib.evalModules {
  modules = [
    ./disabled-path/decl.nix
    ./disabled-path/loud.nix
    ./disabled-path/quiet.nix
    { disabledModules = [ ./disabled-path/loud.nix ]; }
  ];
}).config.volume
