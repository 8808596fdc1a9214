# isDefined must look at a definition's head (is it mkIf false?), so a throwing definition fails it.
lib:
(lib.evalModules {
  modules = [
    (
      { options, ... }:
      {
        options.secret = lib.mkOption { };
        options.secretSet = lib.mkOption { default = options.secret.isDefined; };
      }
    )
    { secret = throw "forced for isDefined"; }
  ];
}).config.secretSet
