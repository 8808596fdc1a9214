# attrsOf merges each attribute with the element type: two strings for one name conflict.
lib:
(lib.evalModules {
  modules = [
    { options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
    { env.A = "1"; }
    { env.A = "2"; }
  ];
}).config.env
