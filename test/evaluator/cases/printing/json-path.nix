# flags: --eval --strict --json
../../fixtures/search/value.nix
