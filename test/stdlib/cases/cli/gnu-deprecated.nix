# The deprecated GNU-style renderers (warn once each).
lib:
[
  (lib.cli.toGNUCommandLine { } { v = true; level = 3; output = "x"; I = [ "a" "b" ]; no = false; n = null; })
  (lib.cli.toGNUCommandLineShell { optionValueSeparator = "="; } { message = "it's"; flag = true; })
]
