# The evaluation records its class.
lib:
(lib.evalModules {
  class = "darwin";
  modules = [ ];
}).class
