builtins.unsafeGetAttrPos "second" (import ../../fixtures/positions.nix)
