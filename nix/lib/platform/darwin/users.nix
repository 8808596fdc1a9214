# `users.*` on nix-darwin. Arbor's host module sets each inventory user's
# `home` (/Users/<name>) and `description`. nix-darwin only creates or
# deletes the users and groups listed in `knownUsers` / `knownGroups`; others
# are described so that modules (Home Manager among them) can read them.
{ lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };

  user = platformTypes.openSubmodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.nonEmptyStr;
          default = name;
          description = "The login name; the attribute name unless set.";
        };
        description = mkOption {
          type = types.nullOr types.nonEmptyStr;
          default = null;
          description = "The full name of the user.";
        };
        uid = mkOption {
          type = types.int;
          description = "The numeric user id (needed when nix-darwin creates the user).";
        };
        gid = mkOption {
          type = types.int;
          default = 20;
          description = "The primary group id (20 is `staff`).";
        };
        isHidden = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the user is hidden from the login window.";
        };
        home = mkOption {
          type = types.nullOr types.path;
          default = null;
          description = "The home directory; `null` is /var/empty for users nix-darwin creates.";
        };
        createHome = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the home directory is created.";
        };
        shell = mkOption {
          type = types.nullOr (types.either types.shellPackage types.path);
          default = null;
          example = lib.literalExpression "pkgs.zsh";
          description = "The login shell; `null` leaves it as it is.";
        };
        packages = mkOption {
          type = types.listOf types.package;
          default = [ ];
          description = "Packages installed for this user only.";
        };
      };
    }
  );

  group = platformTypes.openSubmodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "The group name; the attribute name unless set.";
        };
        gid = mkOption {
          type = types.int;
          description = "The numeric group id.";
        };
        members = mkOption {
          type = types.listOf types.str;
          default = [ ];
          description = "The users in the group.";
        };
        description = mkOption {
          type = types.str;
          default = "";
          description = "What the group is for.";
        };
      };
    }
  );
in
{
  options.users = {
    users = mkOption {
      type = types.attrsOf user;
      default = { };
      description = "Users of the machine, by login name.";
    };
    groups = mkOption {
      type = types.attrsOf group;
      default = { };
      description = "Groups of the machine, by name.";
    };
    knownUsers = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Users nix-darwin creates, changes and deletes; all others are left alone.";
    };
    knownGroups = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Groups nix-darwin creates, changes and deletes; all others are left alone.";
    };
  };
}
