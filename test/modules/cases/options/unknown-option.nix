# Defining an option nobody declared fails, suggesting close names.
lib:
(lib.evalModules {
  modules = [
    {
      options.network.hostName = lib.mkOption { type = lib.types.str; };
      options.network.domain = lib.mkOption { type = lib.types.str; };
    }
    { network.hostname = "box"; }
  ];
}).config.network.domain
