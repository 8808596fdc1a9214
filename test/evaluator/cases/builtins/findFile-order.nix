builtins.findFile [ { prefix = "fx"; path = ./../../fixtures/dir; } { prefix = "fx"; path = ./../../fixtures/search; } ] "fx/value.nix"
