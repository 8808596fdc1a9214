# attrsOf decides which names exist, so it evaluates every entry up to its head: a throwing entry fails.
lib:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; }
    {
      m.ok = 1;
      m.broken = throw "broken entry";
    }
  ];
}).config.m.ok
