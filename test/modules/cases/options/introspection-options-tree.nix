# Nested option declarations form a tree of attribute sets whose leaves are options.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.a.b.c = lib.mkOption { default = 1; };
        options.a.d = lib.mkOption { default = 2; };
      }
    ];
  };
in
{
  top = builtins.attrNames e.options;
  a = builtins.attrNames e.options.a;
  isOption = map lib.isOption [
    e.options.a
    e.options.a.d
    e.options.a.b.c
  ];
}
