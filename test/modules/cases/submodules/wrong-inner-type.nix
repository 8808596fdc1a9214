# A type error inside a submodule names the nested option.
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
    { users.alice.uid = "1000"; }
  ];
}).config.users.alice.uid
