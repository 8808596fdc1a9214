# flags: --eval --strict -I fix=test/evaluator/fixtures/search2
# env: NIX_PATH=fix=test/evaluator/fixtures/search
(import <fix/value.nix>).from
