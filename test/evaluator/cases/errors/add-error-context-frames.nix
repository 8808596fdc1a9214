# Nix prints the context string as a frame of its own (no position), with or without --show-trace,
# and no "while calling the 'addErrorContext' builtin" frame.
let
  inner = builtins.addErrorContext "while evaluating the inner thing" (1 + "a");
in
builtins.addErrorContext "while evaluating the outer thing\n  second line" ({ x = inner; }.x)
