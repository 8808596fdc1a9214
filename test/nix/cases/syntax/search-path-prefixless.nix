# flags: --eval --strict -I test/nix/fixtures/search
import <value.nix>
