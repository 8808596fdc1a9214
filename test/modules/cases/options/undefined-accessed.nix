# Reading an option with neither a default nor a definition fails.
lib:
(lib.evalModules {
  modules = [ { options.name = lib.mkOption { type = lib.types.str; }; } ];
}).config.name
