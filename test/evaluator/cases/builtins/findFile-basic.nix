builtins.findFile [ { prefix = "fx"; path = ./../../fixtures/search; } ] "fx/value.nix"
