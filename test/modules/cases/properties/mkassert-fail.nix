# mkAssert with a false assertion fails with its message.
lib:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 0; }; }
    { a = lib.mkAssert false "a must not be set here" 3; }
  ];
}).config.a
