# `boot.*` on NixOS: the boot loader, kernel, kernel modules and initrd.
# Hardware configurations (hosts/<h>/hardware.nix, as nixos-generate-config
# writes them) set these. As on NixOS, enabling systemd-boot turns GRUB off
# by default, and the kernel package set defaults to `pkgs.linuxPackages`
# (a placeholder set that knows zfs, nvidia_x11, v4l2loopback, …).
{ config, pkgs, lib, ... }:
let
  inherit (lib) mkOption types;
  platformTypes = import ../common/types.nix { inherit lib; };

  # A list of names is accepted as the set `{ <name> = true; }`.
  namesToTrue = types.coercedTo (types.listOf types.str) (names: lib.genAttrs names (_: true)) (
    types.attrsOf types.bool
  );

  /**
    An option of a list of kernel modules (`what`).
  */
  modules = what: mkOption {
    type = types.listOf types.str;
    default = [ ];
    description = what;
  };
in
{
  options.boot = {
    kernelPackages = mkOption {
      type = types.raw;
      default = pkgs.linuxPackages;
      defaultText = lib.literalExpression "pkgs.linuxPackages";
      example = lib.literalExpression "pkgs.linuxPackages_latest";
      description = "The kernel and the modules built for it, as a kernel package set.";
    };
    kernelModules = modules "Kernel modules loaded once the system has booted.";
    extraModulePackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ config.boot.kernelPackages.v4l2loopback ]";
      description = "Out-of-tree kernel modules to install.";
    };
    blacklistedKernelModules = modules "Kernel modules that are never loaded automatically.";
    kernelParams = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "quiet" ];
      description = "Arguments on the kernel command line.";
    };
    kernel.sysctl = mkOption {
      type = types.attrsOf (types.nullOr (types.oneOf [ types.bool types.str types.int ]));
      default = { };
      example = {
        "net.ipv4.ip_forward" = 1;
      };
      description = "Kernel parameters set at boot, by sysctl name.";
    };
    supportedFilesystems = mkOption {
      type = namesToTrue;
      default = { };
      example = [ "zfs" ];
      description = "File systems the system can mount, as a list or as `{ <fs> = bool; }`.";
    };
    extraModprobeConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added to modprobe.conf, e.g. module options.";
    };

    initrd = {
      availableKernelModules = modules "Kernel modules the initrd holds and loads when hardware needs them.";
      kernelModules = modules "Kernel modules the initrd always loads.";
      supportedFilesystems = mkOption {
        type = namesToTrue;
        default = { };
        description = "File systems the initrd can mount.";
      };
      systemd.enable = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the initrd runs systemd instead of a script.";
      };
      luks.devices = mkOption {
        type = types.attrsOf (
          platformTypes.openSubmodule {
            options.device = mkOption {
              type = types.str;
              description = "The encrypted block device.";
            };
          }
        );
        default = { };
        description = "LUKS-encrypted devices opened at boot, by the name of the mapped device.";
      };
    };

    loader = {
      timeout = mkOption {
        type = types.nullOr types.int;
        default = 5;
        description = "Seconds the boot menu waits; `null` waits for a choice.";
      };
      efi = {
        canTouchEfiVariables = mkOption {
          type = types.bool;
          default = false;
          description = "Whether installing the boot loader may change the firmware's EFI boot entries.";
        };
        efiSysMountPoint = mkOption {
          type = types.str;
          default = "/boot";
          description = "Where the EFI system partition is mounted.";
        };
      };
      systemd-boot = {
        enable = mkOption {
          type = types.bool;
          default = false;
          description = "Whether systemd-boot is the (EFI) boot loader.";
        };
        configurationLimit = mkOption {
          type = types.nullOr types.int;
          default = null;
          description = "How many generations the boot menu shows; `null` shows all.";
        };
      };
      grub = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Whether GRUB is the boot loader.";
        };
        device = mkOption {
          type = types.str;
          default = "";
          example = "/dev/sda";
          description = "The disk GRUB is installed on (BIOS), or `\"nodev\"` for EFI only.";
        };
        devices = mkOption {
          type = types.listOf types.str;
          default = [ ];
          description = "Disks GRUB is installed on; `device` is added to these.";
        };
        efiSupport = mkOption {
          type = types.bool;
          default = false;
          description = "Whether GRUB is installed for EFI booting as well.";
        };
        efiInstallAsRemovable = mkOption {
          type = types.bool;
          default = false;
          description = "Whether GRUB goes to the removable-media EFI path instead of an EFI boot entry.";
        };
        useOSProber = mkOption {
          type = types.bool;
          default = false;
          description = "Whether other operating systems are added to the menu.";
        };
      };
    };
  };

  config = lib.mkIf config.boot.loader.systemd-boot.enable {
    boot.loader.grub.enable = lib.mkDefault false;
  };
}
