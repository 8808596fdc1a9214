# `apply` transforms the merged value.
lib:
(lib.evalModules {
  modules = [
    {
      options.words = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        apply = builtins.concatStringsSep " ";
      };
    }
    { words = [ "hello" ]; }
    { words = lib.mkAfter [ "world" ]; }
  ];
}).config.words
