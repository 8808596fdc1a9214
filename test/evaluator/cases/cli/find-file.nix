# flags: --find-file fixtures -I fixtures=test/evaluator/fixtures
