# An undefined option is only an error when read.
lib:
let
  e = lib.evalModules {
    modules = [
      {
        options.name = lib.mkOption { type = lib.types.str; };
        options.other = lib.mkOption {
          type = lib.types.str;
          default = "fine";
        };
      }
    ];
  };
in
e.config.other
