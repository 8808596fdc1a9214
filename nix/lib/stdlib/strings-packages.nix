# String helpers, part 3 of 4 (see strings.nix): package names and versions. Comparing
# versions, and taking the name or version out of a derivation name or a URL.
{
  lib,
  self,
}:
let
  b = builtins;
  inherit (b)
    isString
    ;
in
{
  /**
    Whether version `v1` is older than `v2`.

    # Type

    ```
    versionOlder :: string -> string -> bool
    ```
  */
  versionOlder = v1: v2: b.compareVersions v2 v1 == 1;

  /**
    Whether version `v1` is at least `v2`.

    # Type

    ```
    versionAtLeast :: string -> string -> bool
    ```
  */
  versionAtLeast = v1: v2: !(self.versionOlder v1 v2);

  /**
    Package name of a derivation (`pname`, or parsed from `name`) or of a name string.

    # Type

    ```
    getName :: (string | derivation) -> string
    ```
  */
  getName = x: if isString x then (b.parseDrvName x).name else x.pname or (b.parseDrvName x.name).name;

  /**
    Version of a derivation (`version`, or parsed from `name`) or of a name string.

    # Type

    ```
    getVersion :: (string | derivation) -> string
    ```
  */
  getVersion =
    x: if isString x then (b.parseDrvName x).version else x.version or (b.parseDrvName x.name).version;

  /**
    The file name of a URL up to the first `sep`; asserts that `sep` occurs.

    # Type

    ```
    nameFromURL :: string -> string -> string
    ```
  */
  nameFromURL =
    url: sep:
    let
      file = lib.lists.last (self.splitString "/" url);
      name = b.head (self.splitString sep file);
    in
    assert name != file;
    name;
}
