# A submodule option without a value fails when read, with the nested path.
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
    { users.alice = { }; }
  ];
}).config.users.alice.uid
