# `_module.specialArgs` is read-only: a module cannot set it.
lib:
let
  e = lib.evalModules {
    specialArgs.colour = "green";
    modules = [ { _module.specialArgs.colour = "red"; } ];
  };
in
e._module.specialArgs
