# `hardware.*` on NixOS: firmware, CPU microcode, graphics and Bluetooth,
# the options hardware configurations and desktop dendrites set most.
{ lib, ... }:
let
  inherit (lib) mkOption types;

  /**
    A boolean hardware option, off by default.
  */
  flag = description: mkOption {
    type = types.bool;
    default = false;
    inherit description;
  };
in
{
  options.hardware = {
    enableRedistributableFirmware = flag "Whether firmware that may be redistributed (Wi-Fi, GPUs, …) is installed.";
    enableAllFirmware = flag "Whether all firmware is installed, including firmware with an unfree licence.";
    cpu.intel.updateMicrocode = flag "Whether Intel CPU microcode updates are loaded at boot.";
    cpu.amd.updateMicrocode = flag "Whether AMD CPU microcode updates are loaded at boot.";
    graphics.enable = flag "Whether OpenGL/Vulkan drivers are installed.";
    graphics.enable32Bit = flag "Whether 32-bit graphics drivers are installed too (Steam, Wine).";
    bluetooth.enable = flag "Whether Bluetooth is supported.";
    bluetooth.powerOnBoot = mkOption {
      type = types.bool;
      default = true;
      description = "Whether Bluetooth controllers are powered on at boot.";
    };
  };
}
