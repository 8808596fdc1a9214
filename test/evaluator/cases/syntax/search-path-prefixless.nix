# flags: --eval --strict -I test/evaluator/fixtures/search
import <value.nix>
