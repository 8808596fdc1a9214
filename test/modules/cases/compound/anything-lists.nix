# anything does not concatenate lists: different lists for one attribute conflict.
lib:
(lib.evalModules {
  modules = [
    { options.settings = lib.mkOption { type = lib.types.anything; }; }
    { settings.list = [ 1 ]; }
    { settings.list = [ 2 ]; }
  ];
}).config.settings
