# flags: --eval --strict -I fix=test/nix/fixtures/search
<fix>
