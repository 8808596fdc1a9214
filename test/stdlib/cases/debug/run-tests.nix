# The lib's own test runner.
lib:
{
  runTests = lib.runTests {
    testPass = { expr = 1 + 1; expected = 2; };
    testFail = { expr = "a"; expected = "b"; };
    notATest = { expr = 1; expected = 2; };
  };
  runTestsSelected = lib.runTests {
    tests = [ "testOne" ];
    testOne = { expr = 1; expected = 2; };
    testTwo = { expr = 1; expected = 3; };
  };
  testAllTrue = lib.testAllTrue [ true false ];
  throwTestFailuresNone = lib.debug.throwTestFailures { failures = [ ]; };
  addErrorContext = lib.addErrorContext "ctx" 5;
  unsafeGetAttrPos = (lib.unsafeGetAttrPos "a" { a = 1; }).line;
}
