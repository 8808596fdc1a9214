# functionTo checks the results when the function is called.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.f = lib.mkOption { type = lib.types.functionTo lib.types.int; }; }
      { f = x: "not an int"; }
    ];
  };
in
e.config.f 1
