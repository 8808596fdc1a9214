# flags: --eval --strict --argstr name Arbor
import ../../fixtures/fn-required.nix
