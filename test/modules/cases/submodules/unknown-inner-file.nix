# An unknown option inside a submodule entry, defined in a file, names that file.
lib:
(lib.evalModules {
  modules = [
    {
      options.hosts = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule { options.address = lib.mkOption { type = lib.types.str; }; });
      };
    }
    ./unknown-inner-file/hosts.nix
  ];
}).config.hosts.db.address
