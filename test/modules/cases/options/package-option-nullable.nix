# A nullable package option without a default defaults to null.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.tool.package = lib.mkPackageOption { } "tool" {
          nullable = true;
          default = null;
        };
      }
    ];
  };
in
{
  value = e.config.tool.package;
  type = e.options.tool.package.type.description;
  hasDefaultText = e.options.tool.package ? defaultText;
}
