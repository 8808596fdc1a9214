# submoduleWith can carry its own description.
lib:
{
  plain = (lib.types.submoduleWith { modules = [ ]; }).description;
  described =
    (lib.types.submoduleWith {
      modules = [ ];
      description = "host settings";
    }).description;
  name = (lib.types.submoduleWith { modules = [ ]; }).name;
}
