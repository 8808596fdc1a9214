# separatedString rejects non-strings.
lib:
(lib.evalModules {
  modules = [
    { options.text = lib.mkOption { type = lib.types.lines; }; }
    { text = [ "a" ]; }
  ];
}).config.text
