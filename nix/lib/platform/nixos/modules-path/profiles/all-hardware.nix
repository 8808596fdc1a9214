# Stand-in for nixpkgs' profiles/all-hardware.nix (installers): drivers for
# as much hardware as possible. The real module lists many more initrd
# modules; these are the common disk controllers.
{
  hardware.enableRedistributableFirmware = true;
  boot.initrd.availableKernelModules = [
    "ahci"
    "ata_piix"
    "nvme"
    "sd_mod"
    "sr_mod"
    "usb_storage"
    "uas"
    "xhci_pci"
    "ehci_pci"
    "virtio_pci"
    "virtio_blk"
  ];
}
