# mkAssert with a true assertion keeps its content.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 0; }; }
    { a = lib.mkAssert true "fine" 3; }
  ];
}).config.a
