# Stand-in for nixpkgs' virtualisation/qemu-vm.nix, which turns a
# configuration into a QEMU virtual machine (`nixos-rebuild build-vm`). The
# real module replaces the file systems with the VM's disks; the preview
# keeps the host's and only marks it a QEMU guest.
{
  imports = [ ../profiles/qemu-guest.nix ];
}
