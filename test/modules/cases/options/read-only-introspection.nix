# `readOnly` is visible on the option.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.a = lib.mkOption {
          type = lib.types.int;
          readOnly = true;
          default = 1;
        };
        options.b = lib.mkOption {
          type = lib.types.int;
          default = 1;
        };
      }
    ];
  };
in
{
  a = e.options.a.readOnly;
  b = e.options.b.readOnly or "absent";
}
