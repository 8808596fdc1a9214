# Nix filters escape sequences out of what it logs to a non-terminal: colour (CSI), hyperlinks
# (OSC: up to the next escape, BEL does not end it), other two-byte escapes; CR and BEL are dropped.
builtins.trace (builtins.fromJSON ''"a\u001b[1;35mb\u001b[0m c\u001b]8;;file:///x\u001b\\link\u001b]8;;\u0007 d\u001bMe\u001b(Bf\r\u0007g"'') (
  builtins.warn (builtins.fromJSON ''"w\u001b[31mred\u001b[0m"'') 1
)
+ builtins.trace (builtins.fromJSON ''"osc\u001b]0;title\u0007 to the next escape\u001b[0m, x"'') 1
