builtins.findFile [ { prefix = "fx"; path = ./../../fixtures/search; } ] "other/value.nix"
