let a = import ../../fixtures/attrs.nix; b = import ../../fixtures/attrs.nix; in a.f == b.f
