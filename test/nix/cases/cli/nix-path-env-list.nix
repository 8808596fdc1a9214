# env: NIX_PATH=a=/nonexistent:fix=test/nix/fixtures/search
builtins.nixPath
