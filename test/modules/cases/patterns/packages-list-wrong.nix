# A list of packages rejects a plain string name.
lib:
(lib.evalModules {
  modules = [
    { options.environment.systemPackages = lib.mkOption { type = lib.types.listOf lib.types.package; }; }
    { environment.systemPackages = [ "git" ]; }
  ];
}).config.environment.systemPackages
