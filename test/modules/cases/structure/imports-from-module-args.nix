# `imports` cannot use an argument that comes from _module.args (it needs config).
lib:
(lib.evalModules {
  modules = [
    { _module.args.extra = { }; }
    (
      { extra, ... }:
      {
        imports = [ extra ];
      }
    )
  ];
}).config
