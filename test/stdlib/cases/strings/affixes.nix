# Prefixes, suffixes, infixes.
lib:
{
  hasPrefix = lib.hasPrefix "foo" "foobar";
  hasPrefixNot = lib.hasPrefix "bar" "foobar";
  hasPrefixEmpty = lib.hasPrefix "" "x";
  hasSuffix = lib.hasSuffix "bar" "foobar";
  hasSuffixLonger = lib.hasSuffix "xfoobar" "foobar";
  hasSuffixEmpty = lib.hasSuffix "" "";
  hasInfix = lib.hasInfix "ob" "foobar";
  hasInfixRegexChars = lib.hasInfix "a.b" "xa.by";
  hasInfixRegexCharsNot = lib.hasInfix "a.b" "xacby";
  hasInfixMultiline = lib.hasInfix "c" "a\nb\nc";
  hasInfixEmpty = lib.hasInfix "" "x";
  removePrefix = lib.removePrefix "foo." "foo.bar.baz";
  removePrefixNot = lib.removePrefix "xxx" "foo.bar";
  removeSuffix = lib.removeSuffix ".nix" "default.nix";
  removeSuffixNot = lib.removeSuffix "nix" "default.ni";
  removeSuffixWhole = lib.removeSuffix "abc" "abc";
  removeSuffixLonger = lib.removeSuffix "xabc" "abc";
}
