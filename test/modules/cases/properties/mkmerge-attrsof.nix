# mkMerge inside an attrsOf value, mixed with mkIf and overrides per attribute.
lib:
(lib.evalModules {
  modules = [
    { options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
    {
      env = lib.mkMerge [
        { A = "1"; }
        (lib.mkIf true { B = "2"; })
        (lib.mkIf false { C = "3"; })
        { A = lib.mkForce "forced"; }
      ];
    }
    { env.A = "plain"; }
  ];
}).config.env
