# The class check applies to imported files too.
lib:
(lib.evalModules {
  class = "homeManager";
  modules = [ ./class-mismatch-import/entry.nix ];
}).config
