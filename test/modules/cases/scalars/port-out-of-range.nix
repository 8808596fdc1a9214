# port rejects 65536.
lib:
(lib.evalModules {
  modules = [
    { options.port = lib.mkOption { type = lib.types.port; }; }
    { port = 65536; }
  ];
}).config.port
