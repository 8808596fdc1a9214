builtins.unsafeGetAttrPos "length" (import ../../fixtures/positions.nix)
