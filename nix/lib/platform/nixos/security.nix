# `security.*` on NixOS: sudo, rtkit and polkit, which server and desktop
# dendrites turn on and off.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.security = {
    sudo.enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether sudo is installed, letting members of `wheel` run commands as root.";
    };
    sudo.wheelNeedsPassword = mkOption {
      type = types.bool;
      default = true;
      description = "Whether members of `wheel` must give their password to sudo.";
    };
    sudo.extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines appended to the sudoers file as they are.";
    };
    rtkit.enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether RealtimeKit lets user processes (PipeWire) get real-time scheduling.";
    };
    polkit.enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether polkit decides which unprivileged processes may do privileged things.";
    };
    protectKernelImage = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the running kernel cannot be replaced (no hibernation, no kexec).";
    };
    lockKernelModules = mkOption {
      type = types.bool;
      default = false;
      description = "Whether loading kernel modules is disabled once the system has booted.";
    };
  };
}
