(scopedImport { magic = 1; } ../../fixtures/scoped-import-chain.nix).result
