# env: NIX_PATH=fix=test/nix/fixtures/search
import <fix/value.nix>
