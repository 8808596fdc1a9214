# flags: --eval --strict -A b.nope
import ../../fixtures/attrs.nix
