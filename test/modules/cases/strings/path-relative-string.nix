# path rejects a relative string.
lib:
(lib.evalModules {
  modules = [
    { options.file = lib.mkOption { type = lib.types.path; }; }
    { file = "etc/hosts"; }
  ];
}).config.file
