# An undeclared option inside an attrsOf submodule entry.
lib:
(lib.evalModules {
  modules = [
    {
      options.users = lib.mkOption {
        type = lib.types.attrsOf (
          lib.types.submodule { options.uid = lib.mkOption { type = lib.types.int; }; }
        );
      };
    }
    { users.alice.iud = 1000; }
  ];
}).config.users
