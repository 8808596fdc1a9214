# A renamed option can move into another part of the tree, including into a submodule.
lib:
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "port" ] [ "server" "port" ])
    {
      options.server = lib.mkOption {
        type = lib.types.submodule { options.port = lib.mkOption { type = lib.types.port; }; };
      };
    }
    { port = 8080; }
  ];
}).config.server
