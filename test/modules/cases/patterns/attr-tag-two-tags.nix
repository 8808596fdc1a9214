# attrTag rejects a value with two tags.
lib:
(lib.evalModules {
  modules = [
    {
      options.source = lib.mkOption {
        type = lib.types.attrTag {
          path = lib.mkOption { type = lib.types.str; };
          text = lib.mkOption { type = lib.types.lines; };
        };
      };
    }
    {
      source = {
        path = "/a";
        text = "b";
      };
    }
  ];
}).config.source
