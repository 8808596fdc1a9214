# flags: --eval --strict -I fix=test/evaluator/fixtures/search
import <fix/value.nix>
