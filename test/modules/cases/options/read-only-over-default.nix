# Defining a read-only option that has a default counts as setting it twice.
lib:
(lib.evalModules {
  modules = [
    {
      options.version = lib.mkOption {
        type = lib.types.str;
        readOnly = true;
        default = "1.0";
      };
    }
    { version = lib.mkForce "2.0"; }
  ];
}).config.version
