# The options of an evaluated submodule entry are not part of the outer options tree.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.users = lib.mkOption {
          type = lib.types.attrsOf (lib.types.submodule { options.uid = lib.mkOption { default = 0; }; });
        };
      }
      { users.alice = { }; }
    ];
  };
in
{
  outerIsOption = lib.isOption e.options.users;
  typeName = e.options.users.type.name;
  nested = e.options.users.type.nestedTypes.elemType.name;
}
