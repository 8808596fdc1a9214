# flags: --eval --strict -A a -A b.c
import ../../fixtures/attrs.nix
