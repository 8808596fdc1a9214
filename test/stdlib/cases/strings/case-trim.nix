# Case conversion and trimming.
lib:
{
  toLower = lib.toLower "HeLLo WORLD 123";
  toUpper = lib.toUpper "HeLLo world 123";
  toSentenceCase = lib.toSentenceCase "hELLO wORLD";
  toSentenceCaseEmpty = lib.toSentenceCase "";
  toCamelCase = map lib.toCamelCase [ "hello-world" "hello_world" "hello world" "HelloWorld" "helloWorld" "HELLO" "a-b_c d" "" ];
  toCamelCaseBad = (builtins.tryEval (lib.toCamelCase 1)).success;
  lowerChars = lib.lowerChars;
  upperChars = lib.upperChars;
  trim = lib.trim "  \t hi there \n ";
  trimEmpty = lib.trim "   ";
  trimNothing = lib.trim "x";
  trimStart = lib.trimWith { start = true; } "  a  ";
  trimEnd = lib.trimWith { end = true; } "  a  ";
  trimNone = lib.trimWith { } "  a  ";
  trimInner = lib.trim " a  b ";
  normalizePath = lib.strings.normalizePath "//a//b///c/";
}
