# flags: --eval --strict -A lst.5
import ../../fixtures/attrs.nix
