# flags: --eval --strict --json -A b
import ../../fixtures/attrs.nix
