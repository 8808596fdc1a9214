# flags: --eval --strict -E './test/nix/fixtures'
