# env: NIX_PATH=a=/nonexistent:fix=test/evaluator/fixtures/search
builtins.nixPath
