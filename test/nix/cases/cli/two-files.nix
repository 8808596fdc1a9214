# flags: --eval --strict test/nix/fixtures/fn-plain.nix
"second file"
