# specialArgs can replace the `lib` modules receive.
lib:
(lib.evalModules {
  specialArgs.lib = lib // {
    custom = "mine";
  };
  modules = [
    (
      { lib, ... }:
      {
        options.v = lib.mkOption { default = lib.custom; };
      }
    )
  ];
}).config.v
