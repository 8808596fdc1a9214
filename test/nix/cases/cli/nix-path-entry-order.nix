# flags: --eval --strict -I fix=test/nix/fixtures/search2
# env: NIX_PATH=fix=test/nix/fixtures/search
(import <fix/value.nix>).from
