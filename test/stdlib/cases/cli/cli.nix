# Command lines from attribute sets.
lib:
{
  toCommandLine = lib.cli.toCommandLine (name: { option = "--${name}"; sep = null; explicitBool = false; }) { verbose = true; quiet = false; level = 3; file = [ "a" "b" ]; none = null; };
  toCommandLineExplicit = lib.cli.toCommandLine (name: { option = "-${name}"; sep = "="; explicitBool = true; }) { v = true; q = false; };
  toCommandLineGNU = lib.cli.toCommandLineGNU { } { v = true; level = 3; output = "x y"; I = [ "a" "b" ]; no = false; };
  toCommandLineShellGNU = lib.cli.toCommandLineShellGNU { } { message = "it's"; n = 1; };
  toCommandLineShell = lib.cli.toCommandLineShell (name: { option = "--${name}"; sep = " "; explicitBool = false; }) { a = "b c"; };
}
