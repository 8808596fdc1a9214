let d = derivation { name = "u"; system = "x"; builder = "/b"; }; in builtins.getContext (builtins.unsafeDiscardOutputDependency "${d}")
