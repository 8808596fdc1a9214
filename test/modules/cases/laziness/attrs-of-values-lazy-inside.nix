# attrsOf does not look inside an entry's value: a broken attribute deeper in another entry is harmless.
lib:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.attrsOf (lib.types.attrsOf lib.types.int); }; }
    {
      m.ok.x = 1;
      m.broken.x = throw "broken inner value";
    }
  ];
}).config.m.ok
