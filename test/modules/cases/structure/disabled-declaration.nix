# Disabling the module that declares an option makes its definitions unknown.
lib:
let
  decl = {
    key = "decl";
    options.port = lib.mkOption { type = lib.types.port; };
  };
in
(lib.evalModules {
  modules = [
    decl
    { port = 80; }
    { disabledModules = [ decl ]; }
  ];
}).config.port
