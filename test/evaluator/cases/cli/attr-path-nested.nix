# flags: --eval --strict -A b.d.e
import ../../fixtures/attrs.nix
