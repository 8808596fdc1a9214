# submoduleWith shorthandOnlyDefinesConfig = true: definitions are only config, even with `config`.
lib:
(lib.evalModules {
  modules = [
    {
      options.inner = lib.mkOption {
        type = lib.types.submoduleWith {
          shorthandOnlyDefinesConfig = true;
          modules = [
            {
              options.config = lib.mkOption { default = "unset"; };
              options.imports = lib.mkOption { default = [ ]; };
            }
          ];
        };
      };
    }
    {
      inner = {
        config = "a value";
        imports = [ "also a value" ];
      };
    }
  ];
}).config.inner
