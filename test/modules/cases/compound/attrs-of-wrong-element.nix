# attrsOf reports the attribute whose value has the wrong type.
lib:
(lib.evalModules {
  modules = [
    { options.ports = lib.mkOption { type = lib.types.attrsOf lib.types.port; }; }
    { ports.http = 80; }
    { ports.https = "443"; }
  ];
}).config.ports
