# env: NIX_PATH=fix=test/evaluator/fixtures/search
import <fix/value.nix>
