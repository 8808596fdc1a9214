# Two different ports conflict (ints merge by equality).
lib:
(lib.evalModules {
  modules = [
    { options.port = lib.mkOption { type = lib.types.port; }; }
    { port = 80; }
    { port = 8080; }
  ];
}).config.port
