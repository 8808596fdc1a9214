let
  s = builtins.appendContext "a" { "/nix/store/00000000000000000000000000000000-x" = { path = true; }; };
  t = builtins.appendContext "b" { "/nix/store/11111111111111111111111111111111-y" = { path = true; }; };
in builtins.getContext (s + t)
