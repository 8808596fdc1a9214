# Ordering applies to merged strings of type lines.
lib:
(lib.evalModules {
  modules = [
    { options.script = lib.mkOption { type = lib.types.lines; }; }
    { script = "echo body"; }
    { script = lib.mkBefore "set -e"; }
    { script = lib.mkAfter "echo done"; }
  ];
}).config.script
