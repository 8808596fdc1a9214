# flags: --eval --strict --show-trace
let
  inner = builtins.addErrorContext "while evaluating the inner thing" (1 + "a");
in
builtins.addErrorContext "while evaluating the outer thing\n  second line" ({ x = inner; }.x)
