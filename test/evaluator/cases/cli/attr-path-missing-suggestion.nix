# flags: --eval --strict -A lts
import ../../fixtures/attrs.nix
