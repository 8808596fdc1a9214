# Assertions declared as a plain option: the caller throws the failed messages, NixOS style.
lib:
let
  e = lib.evalModules {
    modules = [
      ./assertions/assertions.nix
      ./assertions/ports.nix
      {
        ports.a = 1;
        ports.b = 1;
      }
    ];
  };
  failed = map (a: a.message) (builtins.filter (a: !a.assertion) e.config.assertions);
in
if failed == [ ] then
  e.config.ports
else
  throw "\nFailed assertions:\n${lib.concatMapStrings (m: "- ${m}\n") failed}"
