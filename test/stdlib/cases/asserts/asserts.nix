# assertMsg, assertOneOf, assertEachOneOf, checkAssertWarn.
lib:
let
  t = e: builtins.tryEval e;
in
{
  assertMsg = lib.assertMsg true "never";
  assertMsgFails = (t (lib.assertMsg false "bad")).success;
  assertOneOf = lib.assertOneOf "color" "red" [ "red" "blue" ];
  assertOneOfFails = (t (lib.assertOneOf "color" "green" [ "red" "blue" ])).success;
  assertEachOneOf = lib.asserts.assertEachOneOf "colors" [ "red" ] [ "red" "blue" ];
  assertEachOneOfFails = (t (lib.asserts.assertEachOneOf "colors" [ "red" "x" ] [ "red" ])).success;
  checkAssertWarn = lib.asserts.checkAssertWarn [ { assertion = true; message = "m"; } ] [ ] "ok";
  checkAssertWarnFails = (t (lib.asserts.checkAssertWarn [ { assertion = false; message = "m"; } ] [ ] "ok")).success;
}
