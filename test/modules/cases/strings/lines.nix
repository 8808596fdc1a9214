# lines joins definitions with newlines.
lib:
(lib.evalModules {
  modules = [
    { options.text = lib.mkOption { type = lib.types.lines; }; }
    { text = "one"; }
    { text = "two"; }
    { text = "three\n"; }
  ];
}).config.text
