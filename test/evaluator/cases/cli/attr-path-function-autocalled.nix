# flags: --eval --strict -A g
import ../../fixtures/attrs.nix
