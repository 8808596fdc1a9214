# A submodule may be a function module that reads its own config.
lib:
(lib.evalModules {
  modules = [
    {
      options.site = lib.mkOption {
        type = lib.types.submodule (
          { config, ... }:
          {
            options.domain = lib.mkOption { type = lib.types.str; };
            options.url = lib.mkOption {
              type = lib.types.str;
              default = "https://${config.domain}/";
            };
          }
        );
      };
    }
    { site.domain = "example.org"; }
  ];
}).config.site
