# `_file` names a module in definitions' file lists.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        _file = "declarations.nix";
        options.v = lib.mkOption { type = lib.types.listOf lib.types.int; };
      }
      {
        _file = "first.nix";
        v = [ 1 ];
      }
      {
        _file = "second.nix";
        config.v = [ 2 ];
      }
    ];
  };
in
{
  inherit (e.options.v) files declarations;
  value = e.config.v;
}
