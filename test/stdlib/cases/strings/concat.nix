# Concatenation and joining.
lib:
{
  concatStrings = lib.concatStrings [ "a" "b" "c" ];
  concatStringsEmpty = lib.concatStrings [ ];
  concatMapStrings = lib.concatMapStrings (x: x + ";") [ "a" "b" ];
  concatImapStrings = lib.concatImapStrings (i: x: "${toString i}${x}") [ "a" "b" ];
  concatStringsSep = lib.concatStringsSep ", " [ "a" "b" "c" ];
  concatMapStringsSep = lib.concatMapStringsSep "-" (x: x + x) [ "a" "b" ];
  concatImapStringsSep = lib.concatImapStringsSep "-" (i: x: "${toString i}${x}") [ "a" "b" ];
  concatMapAttrsStringSep = lib.concatMapAttrsStringSep "\n" (n: v: "${n}=${v}") { b = "2"; a = "1"; };
  concatLines = lib.concatLines [ "a" "b" ];
  concatLinesEmpty = lib.concatLines [ ];
  join = lib.join "/" [ "usr" "bin" ];
  replicate = lib.strings.replicate 3 "ab";
  replicateZero = lib.strings.replicate 0 "ab";
  optionalString = lib.optionalString true "yes";
  optionalStringFalse = lib.optionalString false "yes";
  replaceStrings = lib.replaceStrings [ "a" "b" ] [ "b" "c" ] "aabbcc";
  replaceString = lib.replaceString "o" "0" "foo boo";
}
