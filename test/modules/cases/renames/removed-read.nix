# Reading a removed option fails.
lib:
(lib.evalModules {
  modules = [
    (lib.mkRemovedOptionModule [ "legacy" ] "Use `modern` instead.")
    {
      options.assertions = lib.mkOption {
        type = lib.types.listOf lib.types.unspecified;
        default = [ ];
      };
    }
    { legacy = 1; }
  ];
}).config.legacy
