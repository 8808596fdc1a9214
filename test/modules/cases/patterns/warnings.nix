# Warnings collected from several modules into a list option.
lib:
(lib.evalModules {
  modules = [
    ./assertions/assertions.nix
    ./assertions/ports.nix
    { ports.a = 22; }
    { warnings = [ "another warning" ]; }
  ];
}).config.warnings
