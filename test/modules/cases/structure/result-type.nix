# The evaluation's result is a configuration and exposes its type as a submodule.
lib:
let
  e = lib.evalModules { modules = [ ]; };
in
{
  inherit (e) _type;
  typeName = e.type.name;
  attrs = builtins.attrNames e;
}
