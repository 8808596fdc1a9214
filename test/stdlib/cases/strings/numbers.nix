# Parsing and padding numbers.
lib:
let
  t = e: builtins.tryEval e;
in
{
  toInt = map lib.toInt [ "42" " 42 " "-3" "0" "\t7\n" ];
  toIntBad = map (s: (t (lib.toInt s)).success) [ "" "abc" "4.2" "042" "1e3" "00" " - 1" ];
  toIntBase10 = map lib.toIntBase10 [ "42" "042" "000" "0" "-7" " 009 " ];
  toIntBase10Bad = map (s: (t (lib.toIntBase10 s)).success) [ "" "x" "4.2" ];
  fixedWidthString = lib.fixedWidthString 5 "0" "15";
  fixedWidthStringExact = lib.fixedWidthString 2 "0" "15";
  fixedWidthStringTooLong = (t (lib.fixedWidthString 1 "0" "15")).success;
  fixedWidthNumber = lib.fixedWidthNumber 4 7;
  floatToString = lib.strings.floatToString 0.5;
  isConvertibleWithToString = map lib.strings.isConvertibleWithToString [ 1 "a" null true 1.5 [ 1 "a" ] { } { outPath = "x"; } (x: x) [ { } ] ];
  fromHexString = map lib.fromHexString [ "FF" "0xff" "10" "7fffffffffffffff" ];
  toHexString = map lib.toHexString [ 0 10 255 4096 ];
  toBaseDigits = lib.toBaseDigits 2 10;
  toBaseDigitsZero = lib.toBaseDigits 10 0;
}
