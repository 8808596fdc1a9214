builtins.findFile [ { prefix = ""; path = ./../../fixtures/search2; } ] "value.nix"
