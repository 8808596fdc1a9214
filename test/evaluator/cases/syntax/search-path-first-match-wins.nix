# flags: --eval --strict -I fix=test/evaluator/fixtures/search -I fix=test/evaluator/fixtures/search2
import <fix/value.nix>
