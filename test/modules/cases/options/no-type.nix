# An option without a type is `unspecified`: attribute sets merge, other values must be equal.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.thing = lib.mkOption { }; }
      { thing.a = 1; }
      { thing.b = 2; }
    ];
  };
in
{
  value = e.config.thing;
  type = e.options.thing.type.name;
  description = e.options.thing.type.description;
}
