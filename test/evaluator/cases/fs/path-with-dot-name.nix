"${../../fixtures/search/value.nix}"
