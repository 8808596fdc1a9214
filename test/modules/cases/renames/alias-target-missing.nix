# An alias whose target is not declared: the forwarded definition is for an unknown option.
lib:
(lib.evalModules {
  modules = [
    (lib.mkAliasOptionModule [ "old" ] [ "missing" ])
    { old = 1; }
  ];
}).config.old
