# An enable option set by another module.
lib:
(lib.evalModules {
  modules = [
    { options.services.web.enable = lib.mkEnableOption "the web server"; }
    { services.web.enable = true; }
  ];
}).config.services.web
