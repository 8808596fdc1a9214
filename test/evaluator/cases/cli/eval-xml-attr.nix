# flags: --eval --strict --xml -A b.d
import ../../fixtures/attrs.nix
