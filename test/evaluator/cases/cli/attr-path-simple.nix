# flags: --eval --strict -A a
import ../../fixtures/attrs.nix
