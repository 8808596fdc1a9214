# `_module.args` provides extra arguments to every module.
lib:
(lib.evalModules {
  modules = [
    { config._module.args.answer = 42; }
    (
      { answer, ... }:
      {
        options.result = lib.mkOption { type = lib.types.int; };
        config.result = answer * 2;
      }
    )
  ];
}).config.result
