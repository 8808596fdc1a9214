# A type error names the file given by mkDefinition.
lib:
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.int; }; }
    {
      n = lib.mkDefinition {
        file = "elsewhere.nix";
        value = "not a number";
      };
    }
  ];
}).config.n
