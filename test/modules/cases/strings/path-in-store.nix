# pathInStore accepts only paths inside the store.
lib:
let
  t = lib.types.pathInStore;
in
{
  inherit (t) name description;
  checks = map t.check [
    "/nix/store/00000000000000000000000000000000-foo"
    "/nix/store/00000000000000000000000000000000-foo/bin/x"
    "/nix/store"
    "/etc/hosts"
    "relative"
  ];
}
