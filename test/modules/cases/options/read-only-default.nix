# A read-only option may have a default and nothing else.
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
  ];
}).config.version
