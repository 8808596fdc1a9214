# A file module mixing `config` with top-level definitions is rejected, naming the file.
lib:
(lib.evalModules {
  modules = [ ./bad-attribute-file/mixed.nix ];
}).config
