# description, example, defaultText, internal and visible are kept on the option as given.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.hidden = lib.mkOption {
          type = lib.types.str;
          default = "x";
          defaultText = lib.literalExpression ''"x"'';
          example = lib.literalMD "any *string*";
          description = "A hidden option.";
          internal = true;
          visible = false;
        };
      }
    ];
  };
  o = e.options.hidden;
in
{
  inherit (o)
    description
    example
    defaultText
    internal
    visible
    default
    ;
}
