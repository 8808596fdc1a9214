# lib.extend patches the whole library (other functions see the change).
lib:
let
  patched = lib.extend (final: prev: { greeting = "hi"; optional = c: e: [ "patched" ]; trivial = prev.trivial // { release = "99.99"; }; });
in
{
  greeting = patched.greeting;
  optional = patched.optional true 1;
  release = patched.trivial.release;
  stillWorks = patched.concatStringsSep "," [ "a" "b" ];
  unfix = patched ? __unfix__;
  extendAgain = (patched.extend (f: p: { greeting = p.greeting + "!"; })).greeting;
}
