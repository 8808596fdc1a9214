# _module.args entries honour priorities: mkForce picks one value.
lib:
(lib.evalModules {
  modules = [
    { _module.args.x = 1; }
    { _module.args.x = lib.mkForce 2; }
    (
      { x, ... }:
      {
        options.v = lib.mkOption { default = x; };
      }
    )
  ];
}).config.v
