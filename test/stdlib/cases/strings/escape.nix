# Escaping for shells, regexes, Nix, XML, URLs, C.
lib:
{
  escape = lib.escape [ "(" ")" ] "f(x)";
  escapeShellArg = map lib.escapeShellArg [ "simple" "has space" "it's" "" "a/b:c@d%e+f,g.h-i_j" "$HOME" 5 ];
  escapeShellArgs = lib.escapeShellArgs [ "a" "b c" "d'e" ];
  escapeRegex = lib.escapeRegex "a.b*c[d]^$(e)|f?+{g}\\";
  escapeNixString = lib.strings.escapeNixString "say \"hi\" \${x} \n";
  escapeNixIdentifier = map lib.strings.escapeNixIdentifier [ "foo" "foo-bar" "foo.bar" "1foo" "if" "a'b" "_x" ];
  escapeXML = lib.escapeXML ''<a href="x">'&'</a>'';
  escapeURL = lib.escapeURL "foo bar/baz?a=b&c=d~e_f.g-h%";
  escapeC = lib.strings.escapeC [ " " "\n" ] "a b\nc";
  isValidPosixName = map lib.isValidPosixName [ "foo" "_foo1" "1foo" "foo-bar" "" ];
  toShellVar = lib.toShellVar "x" "a b";
  toShellVarList = lib.toShellVar "arr" [ "a" "b c" ];
  toShellVarAttrs = lib.toShellVar "assoc" { k = "v"; "a b" = "c"; };
  toShellVarDrv = lib.toShellVar "d" { outPath = "/nix/store/x"; };
  toShellVarBad = (builtins.tryEval (lib.toShellVar "a-b" "x")).success;
  toShellVars = lib.toShellVars { a = "1"; b = [ "x" ]; };
  sanitizeDerivationName = map lib.strings.sanitizeDerivationName [
    "foo"
    "..foo"
    "foo bar/baz"
    ""
    "???"
    "-_+=?"
    (lib.concatStrings (lib.replicate 30 "abcdefghij"))
  ];
}
