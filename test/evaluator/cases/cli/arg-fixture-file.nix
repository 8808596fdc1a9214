# flags: --eval --strict --arg x 10 -A sum
import ../../fixtures/fn-defaults.nix
