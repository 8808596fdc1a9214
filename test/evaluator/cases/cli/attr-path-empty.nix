# flags: --eval --strict -A ''
import ../../fixtures/attrs.nix
