# flags: --eval --strict -A lst.1.v
import ../../fixtures/attrs.nix
