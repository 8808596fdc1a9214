# Package names and versions, store paths, string-likes.
lib:
{
  getName = map lib.getName [ "hello-2.12" "python3.11-requests-2.31.0" "nover" ];
  getNameDrv = lib.getName { pname = "hello"; name = "hello-1"; };
  getNameDrvNoPname = lib.getName { name = "hello-1.2"; };
  getVersion = map lib.getVersion [ "hello-2.12" "nover" "a-1-b-2" ];
  getVersionDrv = lib.getVersion { version = "3"; name = "x-1"; };
  getVersionDrvNoVersion = lib.getVersion { name = "x-1.5"; };
  versionOlder = [ (lib.versionOlder "1.2" "1.10") (lib.versionOlder "1.10" "1.2") (lib.versionOlder "1.0" "1.0") ];
  versionAtLeast = [ (lib.versionAtLeast "23.11" "23.05") (lib.versionAtLeast "1.0" "1.0") (lib.versionAtLeast "1.0pre" "1.0") ];
  nameFromURL = lib.strings.nameFromURL "https://example.org/foo-1.2.tar.gz" "-";
  isStringLike = map lib.isStringLike [ "s" ./. { outPath = "/x"; } { __toString = self: "x"; } { } 1 null ];
  isStorePath = map lib.isStorePath [
    "/nix/store/00000000000000000000000000000000-foo"
    "/nix/store/00000000000000000000000000000000-foo/bin"
    "/nix/store"
    "relative"
    1
    { outPath = "/nix/store/00000000000000000000000000000000-x"; }
  ];
  addContextFrom = lib.strings.addContextFrom "a" "b";
  typeOf = lib.typeOf [ ];
}
