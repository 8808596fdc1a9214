# The darwin-like defaults reject an orientation outside the enum.
lib:
(lib.evalModules {
  class = "darwin";
  modules = [
    {
      options.system.defaults.dock.orientation = lib.mkOption {
        type = lib.types.nullOr (lib.types.enum [ "bottom" "left" "right" ]);
        default = null;
      };
    }
    { system.defaults.dock.orientation = "top"; }
  ];
}).config.system.defaults.dock.orientation
