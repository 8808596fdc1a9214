# Modules whose _class matches the evaluation's class are accepted; unclassed ones too.
lib:
(lib.evalModules {
  class = "nixos";
  modules = [
    {
      _class = "nixos";
      options.ok = lib.mkOption { type = lib.types.bool; };
    }
    { ok = true; }
  ];
}).config.ok
