# Nested attrsOf submodules: each level sees its own name.
lib:
let
  inner = lib.types.submodule (
    { name, ... }:
    {
      options.id = lib.mkOption {
        type = lib.types.str;
        default = name;
      };
    }
  );
  outer = lib.types.submodule (
    { name, config, ... }:
    {
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf inner;
        default = { };
      };
      options.summary = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = map (h: "${name}/${h.id}") (builtins.attrValues config.hosts);
      };
    }
  );
in
(lib.evalModules {
  modules = [
    { options.sites = lib.mkOption { type = lib.types.attrsOf outer; }; }
    {
      sites.eu.hosts.a = { };
      sites.eu.hosts.b = { };
      sites.us.hosts.c.id = "custom";
    }
  ];
}).config.sites
