# flags: --eval --strict -I fixtures=test/nix/fixtures
(import <fixtures/fn-defaults.nix> { }).y
