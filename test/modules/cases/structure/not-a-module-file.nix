# A module file must evaluate to an attribute set or a function.
lib:
(lib.evalModules {
  modules = [ ./not-a-module-file/number.nix ];
}).config
