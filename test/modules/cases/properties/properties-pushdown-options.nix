# A mkIf over a module's config containing nested attributes reaches every option.
lib:
(lib.evalModules {
  modules = [
    {
      options.services.a.enable = lib.mkEnableOption "a";
      options.services.b.port = lib.mkOption { default = 0; };
      options.on = lib.mkEnableOption "everything";
    }
    (
      { config, ... }:
      {
        config = lib.mkIf config.on {
          services.a.enable = true;
          services.b.port = 22;
        };
      }
    )
    { on = true; }
  ];
}).config.services
