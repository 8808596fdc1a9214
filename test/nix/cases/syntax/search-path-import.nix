# flags: --eval --strict -I fix=test/nix/fixtures/search
import <fix/value.nix>
