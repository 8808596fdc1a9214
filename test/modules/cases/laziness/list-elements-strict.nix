# listOf checks every element when the list is read, so one broken element breaks the list.
lib:
builtins.length
  (lib.evalModules {
    modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      { xs = [ 1 (throw "broken element") ]; }
    ];
  }).config.xs
