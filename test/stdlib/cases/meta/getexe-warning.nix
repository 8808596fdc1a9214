# getExe without meta.mainProgram warns and guesses the name.
lib: lib.getExe { type = "derivation"; name = "foo-1.0"; pname = "foo"; outPath = "/nix/store/f-foo"; }
