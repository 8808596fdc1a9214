# package accepts derivations and store path strings.
lib:
let
  t = lib.types.package;
  drv = {
    type = "derivation";
    name = "x";
  };
in
{
  inherit (t) name description;
  checks = map t.check [
    drv
    "/nix/store/00000000000000000000000000000000-foo"
    "/etc"
    { name = "x"; }
  ];
}
