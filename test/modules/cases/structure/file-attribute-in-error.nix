# `_file` is what a conflict report names.
lib:
(lib.evalModules {
  modules = [
    {
      _file = "declarations.nix";
      options.v = lib.mkOption { type = lib.types.str; };
    }
    {
      _file = "first.nix";
      v = "a";
    }
    {
      _file = "second.nix";
      v = "b";
    }
  ];
}).config.v
