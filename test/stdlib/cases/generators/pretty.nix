# toPretty in its variants, toJSON / toYAML.
lib:
let
  g = lib.generators;
  v = {
    int = 1;
    float = 1.5;
    str = "a \"q\" \${x} \\";
    multi = "line1\nline2 ''\${y}\n";
    multiNoTrail = "a\nb";
    bool = true;
    nul = null;
    list = [ 1 [ 2 ] { } [ ] ];
    emptyList = [ ];
    emptySet = { };
    drv = { type = "derivation"; name = "hello-1"; };
    drvNoName = { type = "derivation"; };
    fn = x: x;
    fnArgs = { a, b ? 1 }: a;
    "needs quote" = 1;
    nested.deeper.deepest = "x";
    pretty = { __pretty = v: "P<${toString v}>"; val = 42; };
  };
in
{
  multiline = g.toPretty { } v;
  oneLine = g.toPretty { multiline = false; } v;
  allowPretty = g.toPretty { allowPrettyValues = true; } v.pretty;
  indent = g.toPretty { indent = ">>"; } { a = [ 1 ]; };
  scalars = map (g.toPretty { }) [ 0 (-5) "" "x" null false ];
  toJSON = g.toJSON { } { a = [ 1 "b" null ]; };
  toYAML = g.toYAML { } { a = 1; };
  withRecursion = g.toPretty { } (g.withRecursion { depthLimit = 2; throwOnDepthLimit = false; } { a.b.c.d = 1; l = [ [ [ 1 ] ] ]; });
  withRecursionThrows = (builtins.tryEval (builtins.deepSeq (g.withRecursion { depthLimit = 1; } { a.b.c = 1; }) 1)).success;
}
