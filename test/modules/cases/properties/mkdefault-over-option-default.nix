# mkDefault wins over the option's own default.
lib:
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption {
        type = lib.types.str;
        default = "declared";
      };
    }
    { a = lib.mkDefault "mkDefault"; }
  ];
}).config.a
