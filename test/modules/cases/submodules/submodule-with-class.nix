# submoduleWith class: a definition with another _class is rejected.
lib:
(lib.evalModules {
  modules = [
    {
      options.inner = lib.mkOption {
        type = lib.types.submoduleWith {
          class = "widget";
          modules = [ ];
        };
      };
    }
    { inner._class = "gadget"; }
  ];
}).config.inner
