# flags: -A dep
import ../../fixtures/pkgs.nix
