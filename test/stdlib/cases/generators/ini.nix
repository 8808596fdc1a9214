# key=value, INI and git-config output.
lib:
let
  g = lib.generators;
in
{
  mkValueStringDefault = map (g.mkValueStringDefault { }) [ 1 "s" true false null 1.5 { outPath = "/drv"; type = "derivation"; } ];
  mkKeyValueDefault = g.mkKeyValueDefault { } ":" "a:b" 3;
  mkKeyValueCustom = g.mkKeyValueDefault { mkValueString = v: "<${toString v}>"; } " = " "k" 1;
  toKeyValue = g.toKeyValue { } { a = 1; b = "two"; c = true; };
  toKeyValueDup = g.toKeyValue { listsAsDuplicateKeys = true; } { a = [ 1 2 ]; b = 3; };
  toKeyValueIndent = g.toKeyValue { indent = "  "; mkKeyValue = g.mkKeyValueDefault { } " "; } { x = "y"; };
  toINI = g.toINI { } { main = { a = 1; b = "x"; }; "sec[1]" = { c = false; }; empty = { }; };
  toINIDup = g.toINI { listsAsDuplicateKeys = true; } { s.k = [ "a" "b" ]; };
  toINICustom = g.toINI { mkSectionName = lib.toUpper; } { s.k = 1; };
  toINIWithGlobalSection = g.toINIWithGlobalSection { } { globalSection = { top = 1; }; sections = { s.k = "v"; }; };
  toINIWithGlobalSectionEmpty = g.toINIWithGlobalSection { } { globalSection = { }; };
  toGitINI = g.toGitINI {
    user = { name = "A \"B\""; email = "a@b"; };
    core.editor = "vim";
    url."git@github.com:".insteadOf = "https://github.com/";
    remote.origin = { url = "x"; fetch = [ "a" "b" ]; };
    "branch \"main\"".remote = "origin";
    alias.co = "checkout\tx\n";
    a.b.c.d = 1;
    flag.enabled = true;
  };
}
