# flags: --eval --strict -I fixtures=test/nix/fixtures
(import <fixtures/importable>).kind
