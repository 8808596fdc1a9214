# Combinators, booleans, arithmetic helpers, function reflection.
lib:
let
  t = e: (builtins.tryEval e).success;
  f = { a, b ? 1 }: a + b;
in
{
  id = lib.id 5;
  const = lib.const 1 (throw "ignored");
  flip = lib.flip lib.concat [ 1 ] [ 2 ];
  pipe = lib.pipe 2 [ (x: x + 1) (x: x * 10) toString ];
  pipeEmpty = lib.pipe 2 [ ];
  concat = lib.concat [ 1 ] [ 2 ];
  or = [ (lib.or true false) (lib.or false false) ];
  and = [ (lib.and true false) (lib.and true true) ];
  xor = [ (lib.xor true false) (lib.xor true true) (lib.xor false false) ];
  bitAnd = lib.bitAnd 12 10;
  bitOr = lib.bitOr 12 10;
  bitXor = lib.bitXor 12 10;
  bitNot = [ (lib.bitNot 0) (lib.bitNot 5) (lib.bitNot (-1)) ];
  boolToString = [ (lib.boolToString true) (lib.boolToString false) ];
  boolToYesNo = [ (lib.boolToYesNo true) (lib.boolToYesNo false) ];
  defaultTo = [ (lib.defaultTo 1 null) (lib.defaultTo 1 2) (lib.defaultTo 1 false) ];
  mapNullable = [ (lib.mapNullable (x: x + 1) null) (lib.mapNullable (x: x + 1) 1) ];
  min = lib.min 3 2;
  max = lib.max 3 2;
  minStr = lib.min "b" "a";
  mod = [ (lib.mod 7 3) (lib.mod (-7) 3) (lib.mod 7 (-3)) ];
  compare = [ (lib.compare 1 2) (lib.compare 2 2) (lib.compare 3 2) (lib.compare "a" "b") ];
  splitByAndCompare = lib.sort (a: b: lib.splitByAndCompare (lib.hasPrefix "x") lib.compare lib.compare a b < 0) [ "b" "xb" "a" "xa" ];
  add = lib.add 1 2;
  sub = lib.sub 1 2;
  mul = lib.mul 3 2;
  div = lib.div 7 2;
  lessThan = lib.lessThan 1 2;
  functionArgs = lib.functionArgs f;
  functionArgsFunctor = lib.functionArgs { __functor = self: { x }: x; };
  functionArgsSet = lib.functionArgs (lib.setFunctionArgs (x: x) { q = true; });
  setFunctionArgsCall = (lib.setFunctionArgs (x: x.a) { a = false; }) { a = 4; };
  isFunction = [ (lib.isFunction f) (lib.isFunction { __functor = s: x: x; }) (lib.isFunction { }) (lib.isFunction builtins.map) (lib.isFunction 1) ];
  toFunction = [ ((lib.toFunction 1) 2) ((lib.toFunction (x: x + 1)) 2) ];
  mirrorFunctionArgs = lib.functionArgs (lib.mirrorFunctionArgs f (x: x));
  seq = lib.seq 1 2;
  deepSeqOk = lib.deepSeq { a = 1; } 2;
  isBool = lib.isBool true;
  isInt = lib.isInt 1;
  isFloat = lib.isFloat 1.0;
  ceil = lib.ceil 1.5;
  floor = lib.floor 1.5;
  version = lib.version;
  release = lib.trivial.release;
  codeName = lib.trivial.codeName;
  versionSuffix = lib.trivial.versionSuffix;
  oldestSupportedRelease = lib.trivial.oldestSupportedRelease;
  oldestSupportedReleaseIsAtLeast = [ (lib.oldestSupportedReleaseIsAtLeast 2411) (lib.oldestSupportedReleaseIsAtLeast 2605) ];
  inPureEvalMode = lib.inPureEvalMode;
  inNixShell = lib.inNixShell;
  revisionWithDefault = lib.trivial.revisionWithDefault "none";
  genericClosure = builtins.length (lib.genericClosure { startSet = [ { key = 1; } ]; operator = x: if x.key < 5 then [ { key = x.key + 1; } ] else [ ]; });
}
