# Assertions declared as a plain option, checked by the caller: all hold.
lib:
let
  e = lib.evalModules {
    modules = [
      ./assertions/assertions.nix
      ./assertions/ports.nix
      {
        ports.a = 1;
        ports.b = 2;
      }
    ];
  };
  failed = builtins.filter (a: !a.assertion) e.config.assertions;
in
if failed == [ ] then e.config.ports else throw "unreachable"
