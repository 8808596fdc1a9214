# flags: --eval --strict -I fixtures=test/evaluator/fixtures
(import <fixtures/importable>).kind
