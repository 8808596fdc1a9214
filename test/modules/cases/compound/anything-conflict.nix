# anything: different non-mergeable values for one attribute conflict.
lib:
(lib.evalModules {
  modules = [
    { options.settings = lib.mkOption { type = lib.types.anything; }; }
    { settings.a = 1; }
    { settings.a = "1"; }
  ];
}).config.settings
