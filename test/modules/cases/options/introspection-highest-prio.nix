# `highestPrio` is the priority of the winning definitions.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options = {
          defaultOnly = lib.mkOption { default = 1; };
          plain = lib.mkOption { default = 1; };
          weak = lib.mkOption { };
          forced = lib.mkOption { };
          vm = lib.mkOption { };
          custom = lib.mkOption { };
          optionDefault = lib.mkOption { };
        };
      }
      {
        plain = 2;
        weak = lib.mkDefault 3;
        forced = lib.mkForce 4;
        vm = lib.mkVMOverride 5;
        custom = lib.mkOverride 77 6;
        optionDefault = lib.mkOptionDefault 7;
      }
    ];
  };
in
lib.mapAttrs (_: o: o.highestPrio) (removeAttrs e.options [ "_module" ])
