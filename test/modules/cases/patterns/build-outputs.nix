# A system.build-like lazyAttrsOf raw option: values are kept as given, unforced.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.system.build = lib.mkOption {
          type = lib.types.lazyAttrsOf lib.types.raw;
          default = { };
        };
      }
      {
        system.build.toplevel = {
          kind = "toplevel";
        };
      }
      { system.build.broken = throw "never built"; }
    ];
  };
in
{
  names = builtins.attrNames e.config.system.build;
  top = e.config.system.build.toplevel;
}
