# nonEmptyStr rejects a string of spaces.
lib:
(lib.evalModules {
  modules = [
    { options.name = lib.mkOption { type = lib.types.nonEmptyStr; }; }
    { name = "   "; }
  ];
}).config.name
