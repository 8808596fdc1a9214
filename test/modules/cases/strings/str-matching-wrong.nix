# strMatching rejects a non-matching string.
lib:
(lib.evalModules {
  modules = [
    { options.host = lib.mkOption { type = lib.types.strMatching "[a-z]+"; }; }
    { host = "Host1"; }
  ];
}).config.host
