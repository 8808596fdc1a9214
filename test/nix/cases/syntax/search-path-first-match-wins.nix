# flags: --eval --strict -I fix=test/nix/fixtures/search -I fix=test/nix/fixtures/search2
import <fix/value.nix>
