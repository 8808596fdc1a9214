# flags: -A notDrv
import ../../fixtures/pkgs.nix { }
