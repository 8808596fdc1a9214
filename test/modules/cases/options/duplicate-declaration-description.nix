# Two descriptions of the same option collide.
lib:
(lib.evalModules {
  modules = [
    {
      _file = "one.nix";
      options.a = lib.mkOption { description = "one"; };
    }
    {
      _file = "two.nix";
      options.a = lib.mkOption { description = "two"; };
    }
  ];
}).config
