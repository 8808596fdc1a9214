# Reading `options` is checked as well.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.a = lib.mkOption { default = 1; }; }
      { b = 2; }
    ];
  };
in
e.options.a.value
