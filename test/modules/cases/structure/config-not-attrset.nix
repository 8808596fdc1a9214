# A module's `config` must be an attribute set.
lib:
(lib.evalModules {
  modules = [ { config = 5; } ];
}).config
