# `_module.specialArgs` holds the specialArgs given to evalModules.
lib:
let
  e = lib.evalModules {
    specialArgs.colour = "green";
    modules = [ ];
  };
in
e._module.specialArgs
