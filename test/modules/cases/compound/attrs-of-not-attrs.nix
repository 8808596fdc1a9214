# attrsOf rejects a list.
lib:
(lib.evalModules {
  modules = [
    { options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
    { env = [ "A=1" ]; }
  ];
}).config.env
