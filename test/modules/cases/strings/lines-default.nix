# lines with a default: the default is replaced, not joined.
lib:
(lib.evalModules {
  modules = [
    {
      options.text = lib.mkOption {
        type = lib.types.lines;
        default = "default";
      };
    }
    { text = "mine"; }
  ];
}).config.text
