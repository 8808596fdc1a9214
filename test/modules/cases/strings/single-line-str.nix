# singleLineStr accepts a string without newlines; a trailing newline is also rejected.
lib:
let
  t = lib.types.singleLineStr;
in
{
  checks = map t.check [
    "one line"
    "two\nlines"
    "trailing\n"
    ""
  ];
  inherit (t) name description;
  value =
    (lib.evalModules {
      modules = [
        { options.s = lib.mkOption { type = t; }; }
        { s = "fine"; }
      ];
    }).config.s;
}
