(scopedImport { } ../../fixtures/scoped.nix).viaBuiltins
