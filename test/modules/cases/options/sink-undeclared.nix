# mkSinkUndeclaredOptions accepts any definitions and yields a value that cannot be read.
lib:
let
  e = lib.evalModules {
    modules = [
      { options.legacy = lib.mkSinkUndeclaredOptions { }; }
      { legacy.anything = [ 1 ]; }
    ];
  };
in
{
  defined = e.options.legacy.isDefined;
  readable = (builtins.tryEval e.config.legacy).success;
}
