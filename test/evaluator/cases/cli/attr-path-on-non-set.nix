# flags: --eval --strict -A a.b
import ../../fixtures/attrs.nix
