# flags: --eval --strict -A '"quoted name"'
import ../../fixtures/attrs.nix
