# Two different packages for one option conflict.
lib:
(lib.evalModules {
  modules = [
    { options.pkg = lib.mkOption { type = lib.types.package; }; }
    {
      pkg = {
        type = "derivation";
        name = "a";
        outPath = "/nix/store/00000000000000000000000000000000-a";
      };
    }
    {
      pkg = {
        type = "derivation";
        name = "b";
        outPath = "/nix/store/11111111111111111111111111111111-b";
      };
    }
  ];
}).config.pkg.name
