# flags: --eval --strict -I fixtures=test/evaluator/fixtures
(import <fixtures/fn-defaults.nix> { }).y
