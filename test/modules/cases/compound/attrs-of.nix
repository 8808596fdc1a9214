# attrsOf merges attribute sets from several modules, attribute by attribute.
lib:
(lib.evalModules {
  modules = [
    { options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
    { env.A = "1"; }
    {
      env = {
        B = "2";
        C = "3";
      };
    }
  ];
}).config.env
