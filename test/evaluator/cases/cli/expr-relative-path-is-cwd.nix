# flags: --eval --strict -E './test/evaluator/fixtures'
