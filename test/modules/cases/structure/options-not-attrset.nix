# A module's `options` must be an attribute set.
lib:
(lib.evalModules {
  modules = [ { options = [ ]; } ];
}).config
