# mkIf on attrsOf values removes the attribute entirely when false.
lib:
(lib.evalModules {
  modules = [
    { options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
    {
      env.A = lib.mkIf true "yes";
      env.B = lib.mkIf false "no";
    }
  ];
}).config.env
