# Declarations of one option merge when they do not both set the same attribute.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        _file = "typed.nix";
        options.a = lib.mkOption { type = lib.types.int; };
      }
      {
        _file = "described.nix";
        options.a = lib.mkOption {
          description = "The a.";
          default = 3;
        };
      }
    ];
  };
in
{
  inherit (e.options.a) description declarations;
  type = e.options.a.type.name;
  value = e.config.a;
}
