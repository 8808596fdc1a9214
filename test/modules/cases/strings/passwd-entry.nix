# passwdEntry forbids colons and newlines.
lib:
let
  t = lib.types.passwdEntry lib.types.str;
in
{
  inherit (t) name description;
  checks = map t.check [
    "alice"
    "a:b"
    "a\nb"
  ];
}
