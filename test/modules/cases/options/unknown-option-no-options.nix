# With no options declared at all, the report hints at `config` versus `options`.
lib:
(lib.evalModules {
  modules = [ { config.services.foo = lib.mkOption { type = lib.types.int; }; } ];
}).config
