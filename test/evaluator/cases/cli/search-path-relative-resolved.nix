# flags: --eval --strict -I fix=test/evaluator/fixtures/search
<fix>
