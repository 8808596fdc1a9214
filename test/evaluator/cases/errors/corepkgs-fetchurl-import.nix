builtins.typeOf (import <nix/fetchurl.nix>)
