scopedImport { magic = 41; } ../../fixtures/scoped.nix
