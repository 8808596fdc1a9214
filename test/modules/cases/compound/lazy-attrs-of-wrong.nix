# lazyAttrsOf checks an attribute's value when that attribute is read.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.ports = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.port; }; }
      {
        ports.http = 80;
        ports.bad = "x";
      }
    ];
  };
in
{
  http = e.config.ports.http;
  bad = e.config.ports.bad;
}
