import ../_shared/single-disk.nix "/dev/nvme0n1"
