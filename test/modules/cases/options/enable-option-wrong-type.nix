# An enable option only takes booleans.
lib:
(lib.evalModules {
  modules = [
    { options.services.web.enable = lib.mkEnableOption "the web server"; }
    { services.web.enable = "yes"; }
  ];
}).config.services.web.enable
