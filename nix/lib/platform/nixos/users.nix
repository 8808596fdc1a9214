# `users.*` on NixOS: accounts and groups. Arbor's host module defines the
# inventory's users here (isNormalUser, extraGroups, uid, description, SSH
# keys). The derived values NixOS gives an account are derived the same way:
# `name` is the attribute name, a normal user gets group `users`,
# `home = "/home/<name>"` and `createHome`; any other account's home is
# /var/empty. A group's `members` are the users that list it in
# `extraGroups`. `root` and `nobody` and the system's standard groups exist
# as they do on every NixOS machine.
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption mkDefault types;
  platformTypes = import ../common/types.nix { inherit lib; };
  cfg = config.users;

  user = platformTypes.openSubmodule (
    { name, config, ... }:
    {
      options = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the account exists; false drops it without deleting the definition.";
        };
        name = mkOption {
          type = types.passwdEntry types.str;
          description = "The login name; the attribute name unless set.";
        };
        description = mkOption {
          type = types.passwdEntry types.str;
          default = "";
          example = "Alice Q. User";
          description = "The person (or purpose) behind the account: the GECOS field of /etc/passwd.";
        };
        uid = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "The numeric user id; `null` picks a free one when the account is created.";
        };
        isNormalUser = mkOption {
          type = types.bool;
          default = false;
          description = ''
            Whether this is a person's account: it then gets group `users`, a
            home under /home that is created, and the default shell. Exactly
            one of `isNormalUser` and `isSystemUser` must be true.
          '';
        };
        isSystemUser = mkOption {
          type = types.bool;
          default = false;
          description = "Whether this is an account for a service (its uid is taken from the system range).";
        };
        group = mkOption {
          type = types.str;
          default = "";
          description = "The primary group.";
        };
        extraGroups = mkOption {
          type = types.listOf types.str;
          default = [ ];
          example = [ "wheel" ];
          description = "Further groups the account belongs to.";
        };
        home = mkOption {
          type = types.passwdEntry types.path;
          default = "/var/empty";
          description = "The home directory.";
        };
        homeMode = mkOption {
          type = types.strMatching "[0-7]{1,5}";
          default = "700";
          description = "The permissions of a created home directory, in octal.";
        };
        createHome = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the home directory is created and owned by the account.";
        };
        useDefaultShell = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the shell is `users.defaultUserShell`.";
        };
        shell = mkOption {
          type = types.nullOr (types.either types.shellPackage (types.passwdEntry types.path));
          default = pkgs.shadow;
          defaultText = lib.literalExpression "pkgs.shadow";
          example = lib.literalExpression "pkgs.zsh";
          description = "The login shell, as a shell package or a path. Enable the shell under `programs` too.";
        };
        hashedPassword = mkOption {
          type = types.nullOr (types.passwdEntry types.str);
          default = null;
          description = "The password as a crypt(3) hash (see `mkpasswd`); `null` allows no password login.";
        };
        hashedPasswordFile = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "A file, read at activation, holding the password hash.";
        };
        password = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The password in clear text. It ends up world-readable in the store: avoid.";
        };
        initialPassword = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "A clear-text password set only when the account is first created.";
        };
        initialHashedPassword = mkOption {
          type = types.nullOr (types.passwdEntry types.str);
          default = null;
          description = "A password hash set only when the account is first created.";
        };
        openssh.authorizedKeys = {
          keys = mkOption {
            type = types.listOf types.singleLineStr;
            default = [ ];
            example = [ "ssh-ed25519 AAAAC3Nza… alice@laptop" ];
            description = "Public SSH keys allowed to log in as this account.";
          };
          keyFiles = mkOption {
            type = types.listOf types.path;
            default = [ ];
            description = "Files each holding public SSH keys allowed to log in as this account.";
          };
        };
        packages = mkOption {
          type = types.listOf types.package;
          default = [ ];
          description = "Packages installed for this account only.";
        };
        linger = mkOption {
          type = types.nullOr types.bool;
          default = null;
          description = "Whether the account's user services keep running when it is logged out; `null` leaves it alone.";
        };
      };
      config = lib.mkMerge [
        {
          name = mkDefault name;
          shell = lib.mkIf config.useDefaultShell (mkDefault cfg.defaultUserShell);
        }
        (lib.mkIf config.isNormalUser {
          group = mkDefault "users";
          createHome = mkDefault true;
          home = mkDefault "${cfg.defaultUserHome}/${config.name}";
          useDefaultShell = mkDefault true;
          isSystemUser = mkDefault false;
        })
      ];
    }
  );

  group = platformTypes.openSubmodule (
    { name, config, ... }:
    {
      options = {
        name = mkOption {
          type = types.passwdEntry types.str;
          description = "The group name; the attribute name unless set.";
        };
        gid = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "The numeric group id; `null` picks a free one.";
        };
        members = mkOption {
          type = types.listOf (types.passwdEntry types.str);
          default = [ ];
          description = "Users in the group besides those whose `extraGroups` name it.";
        };
      };
      config = {
        name = mkDefault name;
        members = lib.mapAttrsToList (_: u: u.name) (
          lib.filterAttrs (_: u: u.enable && builtins.elem config.name u.extraGroups) cfg.users
        );
      };
    }
  );

  # The groups every NixOS system has, with their fixed ids.
  standardGroups = {
    root = 0;
    wheel = 1;
    kmem = 2;
    tty = 3;
    disk = 6;
    audio = 17;
    floppy = 18;
    uucp = 19;
    lp = 20;
    cdrom = 24;
    tape = 25;
    video = 26;
    dialout = 27;
    utmp = 29;
    adm = 55;
    users = 100;
    nixbld = 30000;
    nogroup = 65534;
  };
in
{
  options.users = {
    users = mkOption {
      type = types.attrsOf user;
      default = { };
      example = {
        alice = {
          isNormalUser = true;
          extraGroups = [ "wheel" ];
        };
      };
      description = "User accounts, by login name. Also the place to configure root.";
    };

    groups = mkOption {
      type = types.attrsOf group;
      default = { };
      example = {
        media.gid = 1100;
      };
      description = "Groups, by name.";
    };

    mutableUsers = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether accounts may also be changed with useradd, passwd and the
        like. When false, /etc/passwd and /etc/group hold exactly what the
        configuration says and passwords are reset on every activation.
      '';
    };

    defaultUserShell = mkOption {
      type = types.either types.shellPackage types.path;
      default = pkgs.bashInteractive;
      defaultText = lib.literalExpression "pkgs.bashInteractive";
      description = "The shell of accounts that use the default shell (normal users).";
    };

    defaultUserHome = mkOption {
      type = types.str;
      default = "/home";
      description = "The directory normal users' homes are created in.";
    };
  };

  config.users = {
    users = {
      root = {
        uid = 0;
        description = "System administrator";
        home = "/root";
        shell = mkDefault cfg.defaultUserShell;
        group = "root";
      };
      nobody = {
        uid = 65534;
        isSystemUser = true;
        description = "Unprivileged account (don't use!)";
        group = "nogroup";
      };
    };
    groups = builtins.mapAttrs (_: gid: { inherit gid; }) standardGroups;
  };
}
