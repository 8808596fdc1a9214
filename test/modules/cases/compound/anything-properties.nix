# anything discharges mkIf and overrides inside nested attribute sets.
lib:
(lib.evalModules {
  modules = [
    { options.settings = lib.mkOption { type = lib.types.anything; }; }
    {
      settings = {
        a = lib.mkIf false 1;
        b = lib.mkDefault 2;
        c = 3;
      };
    }
    { settings.b = 20; }
  ];
}).config.settings
