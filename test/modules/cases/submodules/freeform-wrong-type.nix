# Freeform definitions are checked against the freeform type.
lib:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.int; }
    { a = "one"; }
  ];
}).config.a
