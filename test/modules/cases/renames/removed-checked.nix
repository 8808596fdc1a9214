# A configuration that checks its assertions, as NixOS does, fails on a removed option in a file.
lib:
let
  e = lib.evalModules {
    modules = [
      (lib.mkRemovedOptionModule [ "services" "old" "enable" ] "The service was dropped.")
      ./removed-checked/assertions.nix
      ./removed-checked/user.nix
    ];
  };
  failed = map (a: a.message) (builtins.filter (a: !a.assertion) e.config.assertions);
in
if failed == [ ] then
  e.config.ok
else
  throw "\nFailed assertions:\n${lib.concatMapStrings (m: "- ${m}\n") failed}"
