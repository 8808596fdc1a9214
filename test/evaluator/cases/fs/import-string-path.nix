import "${toString ../../fixtures/fn-plain.nix}" 1
