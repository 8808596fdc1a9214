# flags: --find-file fixtures/search/value.nix -I fixtures=test/evaluator/fixtures
