# A loop in a directory above the file: Nix names the looping directory.
import ../../fixtures/loop/a/default.nix
