# Tracing functions (in a list, so traces come out in order).
lib:
[
  (lib.traceVal 1)
  (lib.traceValFn (x: "value is ${toString x}") 2)
  (lib.traceIf true "traceIf fired" 3)
  (lib.traceIf false "never" 4)
  (lib.traceSeq { a.b = [ 1 2 ]; } 5)
  (lib.traceValSeq { x = [ 1 ]; })
  (lib.traceValSeqFn (x: x.y) { y = "deep"; })
  (lib.traceSeqN 1 { a = { b = 1; }; c = [ 1 2 ]; d = 3; } 6)
  (lib.traceSeqN 2 { a = { b = { c = 1; }; }; l = [ [ 1 ] ]; } 7)
  (lib.traceValSeqN 1 [ [ 1 ] 2 ])
  (lib.traceValSeqNFn (x: { inherit x; }) 1 8)
  (lib.traceFnSeqN 1 "double" (x: x * 2) 9)
  (lib.debug.trace "plain" 10)
]
