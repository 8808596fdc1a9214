# port accepts 0 through 65535.
lib:
(lib.evalModules {
  modules = [
    {
      options.http = lib.mkOption {
        type = lib.types.port;
        default = 80;
      };
      options.high = lib.mkOption { type = lib.types.port; };
    }
    { high = 65535; }
  ];
}).config
