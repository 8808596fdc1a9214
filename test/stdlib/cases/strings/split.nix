# Splitting and characters.
lib:
{
  splitString = lib.splitString "," "a,b,,c";
  splitStringMulti = lib.splitString "::" "a::b::c";
  splitStringRegexSep = lib.splitString "." "a.b.c";
  splitStringNone = lib.splitString "," "abc";
  splitStringEmpty = lib.splitString "," "";
  splitStringEdges = lib.splitString "/" "/a/b/";
  splitStringBy = lib.strings.splitStringBy (prev: curr: curr == "-") false "foo-bar-baz";
  splitStringByKeep = lib.strings.splitStringBy (prev: curr: builtins.match "[A-Z]" curr != null) true "fooBarBaz";
  splitStringByEmpty = lib.strings.splitStringBy (p: c: true) false "";
  stringToCharacters = lib.stringToCharacters "abc";
  stringToCharactersEmpty = lib.stringToCharacters "";
  stringAsChars = lib.stringAsChars (c: if c == "a" then "A" else c) "banana";
  charToInt = map lib.strings.charToInt [ "A" "a" " " "~" "\n" ];
  stringLength = lib.stringLength "hello";
  substring = lib.substring 1 3 "hello";
}
