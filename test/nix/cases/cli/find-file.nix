# flags: --find-file fixtures -I fixtures=test/nix/fixtures
