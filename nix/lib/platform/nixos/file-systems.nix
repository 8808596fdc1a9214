# `fileSystems.<mount point>` and `swapDevices` on NixOS. Each file system's
# `mountPoint` is its attribute name unless set, a `label` stands for
# /dev/disk/by-label/<label>, and the file system types in use are added to
# `boot.supportedFilesystems`, as NixOS does. Disko (or a hardware
# configuration) usually defines these.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };

  /**
    Whether `s` has more than whitespace.
  */
  nonEmpty = s: builtins.match "[ \t\n]*" s == null;
  nonEmptyStr = types.addCheck types.str nonEmpty // {
    description = "string (with check: non-empty)";
  };
  mountPath = types.addCheck types.str (s: nonEmpty s && builtins.match ".+/" s == null) // {
    description = "string (with check: non-empty without trailing slash)";
  };

  fileSystem = platformTypes.openSubmodule (
    { name, config, ... }:
    {
      options = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the file system is mounted; disabled ones are left out of `fileSystems`.";
        };
        mountPoint = mkOption {
          type = mountPath;
          default = name;
          example = "/mnt/usb";
          description = "Where the file system is mounted; the attribute name unless set.";
        };
        device = mkOption {
          type = types.nullOr nonEmptyStr;
          default = null;
          example = "/dev/disk/by-uuid/…";
          description = "What is mounted: a block device, `UUID=…`, a bind source, a share.";
        };
        label = mkOption {
          type = types.nullOr nonEmptyStr;
          default = null;
          description = "The file system label; sets `device` to /dev/disk/by-label/<label>.";
        };
        fsType = mkOption {
          type = nonEmptyStr;
          default = "auto";
          example = "ext4";
          description = "The file system type passed to mount.";
        };
        options = mkOption {
          type = types.nonEmptyListOf nonEmptyStr;
          default = [ "defaults" ];
          example = [ "noatime" ];
          description = "Mount options.";
        };
        neededForBoot = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the initrd mounts it, because booting needs it (secrets, /nix on its own disk).";
        };
        depends = mkOption {
          type = types.listOf mountPath;
          default = [ ];
          description = "Paths whose file systems must be mounted first.";
        };
        autoResize = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the file system is grown to fill its partition before it is mounted.";
        };
        autoFormat = mkOption {
          type = types.bool;
          default = false;
          description = "Whether an empty device is formatted with `fsType` first.";
        };
        noCheck = mkOption {
          type = types.bool;
          default = false;
          description = "Whether fsck is skipped for it.";
        };
      };
      config.device = lib.mkIf (config.label != null) (lib.mkDefault "/dev/disk/by-label/${config.label}");
    }
  );

  swapDevice = platformTypes.openSubmodule (
    { config, ... }:
    {
      options = {
        device = mkOption {
          type = nonEmptyStr;
          example = "/dev/sda3";
          description = "The swap partition or file.";
        };
        label = mkOption {
          type = types.nullOr nonEmptyStr;
          default = null;
          description = "The swap label; sets `device` to /dev/disk/by-label/<label>.";
        };
        size = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "For a swap file: its size in MiB, created if missing.";
        };
        priority = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "Swap priority; higher is used first.";
        };
        randomEncryption.enable = mkOption {
          type = types.bool;
          default = false;
          description = "Whether the swap is encrypted with a new random key on every boot.";
        };
      };
      config.device = lib.mkIf (config.label != null) (lib.mkDefault "/dev/disk/by-label/${config.label}");
    }
  );
in
{
  options = {
    fileSystems = mkOption {
      type = types.attrsOf fileSystem;
      default = { };
      apply = lib.filterAttrs (_: fs: fs.enable);
      example = {
        "/" = {
          device = "/dev/disk/by-label/nixos";
          fsType = "ext4";
        };
      };
      description = "The file systems to mount, by mount point. One must be `/`.";
    };

    swapDevices = mkOption {
      type = types.listOf swapDevice;
      default = [ ];
      example = [ { device = "/var/swapfile"; size = 8192; } ];
      description = "Swap partitions and files.";
    };
  };

  config.boot.supportedFilesystems = map (fs: fs.fsType) (builtins.attrValues config.fileSystems);
}
