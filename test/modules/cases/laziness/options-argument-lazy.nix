# Reading `options` inside a module (for isDefined) does not force the definitions' contents.
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
    { secret = [ (throw "never forced") ]; }
  ];
}).config.secretSet
