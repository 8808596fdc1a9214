# Enum declarations from several modules merge into one enum with all values.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.colour = lib.mkOption { type = lib.types.enum [ "red" "green" ]; }; }
      { options.colour = lib.mkOption { type = lib.types.enum [ "blue" ]; }; }
      { colour = "blue"; }
    ];
  };
in
{
  value = e.config.colour;
  description = e.options.colour.type.description;
}
