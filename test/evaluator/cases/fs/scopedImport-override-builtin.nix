(scopedImport { builtins = { length = x: 99; }; magic = 0; } ../../fixtures/scoped.nix).viaBuiltins
