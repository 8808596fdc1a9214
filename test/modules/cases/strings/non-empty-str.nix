# nonEmptyStr accepts strings with a non-blank character.
lib:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.nonEmptyStr; }; }
    { name = " x "; }
  ];
}).config.name
