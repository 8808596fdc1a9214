# raw accepts exactly one definition and does not look inside it.
lib:
let
  v =
    (lib.evalModules {
      modules = [
        { options.r = lib.mkOption { type = lib.types.raw; }; }
        { r = { inner = lib.mkIf false 1; }; }
      ];
    }).config.r;
in
v.inner._type
