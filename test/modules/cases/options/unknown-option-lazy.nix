# The unknown-definition check runs when config is read, even for a declared option.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.a = lib.mkOption { default = 1; }; }
      { b = 2; }
    ];
  };
in
e.config.a
