# A disabledModules item must be a path, a string or a keyed attribute set.
lib:
(lib.evalModules {
  modules = [ { disabledModules = [ (x: x) ]; } ];
}).config
