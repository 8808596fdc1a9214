# specialArgs are passed to every module, and are available in `imports`.
lib:
(lib.evalModules {
  specialArgs = {
    flavour = "vanilla";
    extra = {
      options.fromExtra = lib.mkOption {
        type = lib.types.bool;
        default = true;
      };
    };
  };
  modules = [
    (
      { flavour, extra, ... }:
      {
        imports = [ extra ];
        options.flavour = lib.mkOption { type = lib.types.str; };
        config.flavour = flavour;
      }
    )
  ];
}).config
