import ../_shared/single-disk.nix "/dev/sda"
