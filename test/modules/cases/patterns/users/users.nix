# Users with groups, and the group membership derived from them.
{ config, lib, ... }:
let
  userType = lib.types.submodule (
    { name, ... }:
    {
      options = {
        name = lib.mkOption {
          type = lib.types.str;
          default = name;
        };
        uid = lib.mkOption { type = lib.types.int; };
        extraGroups = lib.mkOption {
          type = lib.types.listOf lib.types.str;
          default = [ ];
        };
        home = lib.mkOption {
          type = lib.types.str;
          default = "/home/${name}";
        };
      };
    }
  );
  allGroups = lib.unique (lib.concatMap (u: u.extraGroups) (builtins.attrValues config.users.users));
in
{
  options.users.users = lib.mkOption {
    type = lib.types.attrsOf userType;
    default = { };
  };
  options.users.members = lib.mkOption {
    type = lib.types.attrsOf (lib.types.listOf lib.types.str);
  };
  config.users.members = lib.genAttrs allGroups (
    g: map (u: u.name) (builtins.filter (u: builtins.elem g u.extraGroups) (builtins.attrValues config.users.users))
  );
}
