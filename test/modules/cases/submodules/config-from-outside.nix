# A submodule's config can read the outer configuration through a closure.
lib:
(lib.evalModules {
  modules = [
    (
      { config, ... }:
      {
        options.domain = lib.mkOption { type = lib.types.str; };
        options.hosts = lib.mkOption {
          type = lib.types.attrsOf (
            lib.types.submodule (
              { name, ... }:
              {
                options.fqdn = lib.mkOption {
                  type = lib.types.str;
                  default = "${name}.${config.domain}";
                };
              }
            )
          );
        };
      }
    )
    {
      domain = "lan";
      hosts.a = { };
      hosts.b.fqdn = "b.example";
    }
  ];
}).config.hosts
