# Activation-script style ordering with lib.stringsWithDeps.
lib:
let
  entries = {
    users = lib.noDepEntry "create users";
    groups = lib.stringAfter [ "users" ] "create groups";
    etc = lib.stringAfter [ "users" "groups" ] "link etc";
    all = lib.packEntry [ "etc" ];
    full = lib.fullDepEntry "full" [ "users" ];
  };
in
{
  textClosureList = lib.textClosureList entries [ "etc" "users" "full" ];
  textClosureMap = lib.textClosureMap (t: "# ${t}") entries [ "all" ];
  inline = lib.textClosureList entries [ (lib.stringAfter [ "groups" ] "inline") ];
}
