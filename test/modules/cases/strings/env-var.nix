# envVar joins definitions with colons.
lib:
(lib.evalModules {
  modules = [
    { options.path = lib.mkOption { type = lib.types.envVar; }; }
    { path = "/bin"; }
    { path = lib.mkBefore "/usr/bin"; }
  ];
}).config.path
