# Attributes not given to mkOption are absent from the option.
lib:
let
  e = lib.evalModules {
    modules = [ { options.plain = lib.mkOption { }; } ];
  };
in
builtins.map (n: {
  name = n;
  present = e.options.plain ? ${n};
}) [
  "description"
  "example"
  "default"
  "defaultText"
  "internal"
  "visible"
  "readOnly"
  "apply"
  "type"
  "_type"
  "loc"
  "declarations"
  "isDefined"
]
