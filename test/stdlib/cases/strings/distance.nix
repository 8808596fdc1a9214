# Edit distances.
lib:
let
  s = lib.strings;
in
{
  levenshtein = map (p: s.levenshtein (builtins.elemAt p 0) (builtins.elemAt p 1)) [
    [ "" "" ]
    [ "a" "" ]
    [ "kitten" "sitting" ]
    [ "flaw" "lawn" ]
    [ "abc" "abc" ]
  ];
  commonPrefixLength = [ (s.commonPrefixLength "foobar" "foobaz") (s.commonPrefixLength "" "x") ];
  commonSuffixLength = [ (s.commonSuffixLength "foobar" "xbar") (s.commonSuffixLength "a" "b") ];
  levenshteinAtMost = map (k: map (p: s.levenshteinAtMost k (builtins.elemAt p 0) (builtins.elemAt p 1)) [
    [ "foo" "foo" ]
    [ "foo" "fo" ]
    [ "foo" "bar" ]
    [ "enable" "enabel" ]
    [ "services" "servics" ]
    [ "abcdef" "abc" ]
    [ "xabcx" "abc" ]
    [ "ab" "ba" ]
  ]) [ 0 1 2 3 ];
}
