# Reading an undefined option declared in a file.
lib:
(lib.evalModules {
  modules = [ ./undefined-file/decl.nix ];
}).config.networking.hostId
