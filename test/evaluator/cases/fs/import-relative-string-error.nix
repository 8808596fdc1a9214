import "fixtures/fn-plain.nix"
