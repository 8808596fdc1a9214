# The hostname pattern rejects dots.
lib:
(lib.evalModules {
  modules = [
    {
      options.networking.hostName = lib.mkOption {
        type = lib.types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
      };
    }
    { networking.hostName = "web.example.org"; }
  ];
}).config.networking.hostName
