(scopedImport { } ../../fixtures/scoped.nix).result
