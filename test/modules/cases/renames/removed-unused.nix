# mkRemovedOptionModule declares an invisible option; unused, nothing happens.
lib:
let
  e = lib.evalModules {
    modules = [
      (lib.mkRemovedOptionModule [ "legacy" ] "Use `modern` instead.")
      {
        options.assertions = lib.mkOption {
          type = lib.types.listOf lib.types.unspecified;
          default = [ ];
        };
      }
    ];
  };
in
{
  failed = map (a: a.message) (builtins.filter (a: !a.assertion) e.config.assertions);
  visible = e.options.legacy.visible;
}
