# singleLineStr rejects a multi-line definition.
lib:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.singleLineStr; }; }
    { s = "a\nb"; }
  ];
}).config.s
