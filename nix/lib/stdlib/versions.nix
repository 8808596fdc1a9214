# Version-string helpers: components of a dotted version and padding. Mirrors the `versions`
# family of nixpkgs' lib (compare versions with lib.versionAtLeast / versionOlder).
{ lib }:
let
  b = builtins;

  /**
    Component `i` of version `v`.
  */
  part = i: v: b.elemAt (b.splitVersion v) i;
in
{
  inherit (b) compareVersions splitVersion;

  /**
    The first component of a version ("1.2.3" -> "1").

    # Type

    ```
    major :: string -> string
    ```
  */
  major = part 0;

  /**
    The second component of a version.

    # Type

    ```
    minor :: string -> string
    ```
  */
  minor = part 1;

  /**
    The third component of a version.

    # Type

    ```
    patch :: string -> string
    ```
  */
  patch = part 2;

  /**
    The first two components joined by a dot ("1.2.3" -> "1.2").

    # Type

    ```
    majorMinor :: string -> string
    ```
  */
  majorMinor = v: b.concatStringsSep "." (lib.lists.take 2 (b.splitVersion v));

  /**
    Pad or truncate the numeric part to `n` components, keeping a "-suffix".

    # Type

    ```
    pad :: int -> string -> string
    ```
  */
  pad =
    n: version:
    let
      numeric = b.head (lib.strings.splitString "-" version);
      rest = lib.strings.removePrefix numeric version;
      padded = lib.lists.take n (b.splitVersion numeric ++ b.genList (_: "0") n);
    in
    b.concatStringsSep "." padded + rest;
}
