# Path values and relative "subpath" strings: appending, prefix tests, splitting off the
# filesystem root, and normalising subpaths ("./a/b"). Mirrors `lib.path` of nixpkgs,
# including its argument checks and messages.
{ lib }:
let
  b = builtins;
  inherit (b) isString isPath typeOf substring match;
  inherit (lib.asserts) assertMsg;
  inherit (lib.lists) take drop;

  /**
    Why a value is not a valid subpath, or null when it is.
  */
  invalidReason =
    value:
    if !isString value then
      "The given value is of type ${typeOf value}, but a string was expected"
    else if value == "" then
      "The given string is empty"
    else if substring 0 1 value == "/" then
      "The given string \"${value}\" starts with a `/`, representing an absolute path"
    else if match "(.*/)?\\.\\.(/.*)?" value != null then
      "The given string \"${value}\" contains a `..` component, which is not allowed in subpaths"
    else
      null;

  /**
    Whether `value` is a valid subpath.
  */
  isValid = value: invalidReason value == null;

  /**
    Components of a valid subpath: "./" and "." parts and repeated slashes dropped.
  */
  componentsOf =
    path:
    if path == "." then
      [ ]
    else
      let
        parts = b.split "/+(\\./+)*" path;
        strings = b.filter isString parts;
        n = b.length strings;
        first = if b.head strings == "." then 1 else 0;
        lastPart = b.elemAt strings (n - 1);
        trailing = if lastPart == "." || lastPart == "" then 1 else 0;
      in
      lib.lists.sublist first (n - first - trailing) strings;

  /**
    Subpath components joined back into a `./`-relative string.
  */
  joinComponents = components: "./" + (if components == [ ] then "." else b.concatStringsSep "/" components);

  # { root; components; } of a path value.
  deconstruct =
    let
      go =
        components: p:
        if p == dirOf p then
          {
            root = p;
            inherit components;
          }
        else
          go ([ (baseNameOf p) ] ++ components) (dirOf p);
    in
    go [ ];

  storeComponents = componentsOf ("./" + b.storeDir);
  storeDepth = b.length storeComponents;

  /**
    Whether path components start with the store directory's.
  */
  hasStorePrefix =
    components:
    (
      lib.lists.hasPrefix storeComponents components
      && storeComponents != components
      && match ".{32}-.+" (b.elemAt components storeDepth) != null
    )
    || (components != [ ] && match "[0-9a-z]{52}" (b.head components) != null);

  /**
    The message when two paths of function `fn` have different filesystem roots.
  */
  rootsMessage = fn: p1: r1: p2: r2: ''
    lib.path.${fn}: Filesystem roots must be the same for both paths, but paths with different roots were given:
        first argument: "${toString p1}" with root "${toString r1}"
        second argument: "${toString p2}" with root "${toString r2}"'';
in
{
  /**
    Append a subpath string to a path value.

    # Type

    ```
    append :: path -> string -> path
    ```
  */
  append =
    path: subpath:
    assert assertMsg (isPath path)
      "lib.path.append: The first argument is of type ${typeOf path}, but a path was expected";
    assert assertMsg (isValid subpath) ''
      lib.path.append: Second argument is not a valid subpath string:
          ${invalidReason subpath}'';
    path + ("/" + subpath);

  /**
    Whether the first path is a component-wise prefix of the second.

    # Type

    ```
    hasPrefix :: path -> path -> bool
    ```
  */
  hasPrefix =
    path1:
    assert assertMsg (isPath path1)
      "lib.path.hasPrefix: First argument is of type ${typeOf path1}, but a path was expected";
    let
      d1 = deconstruct path1;
    in
    path2:
    assert assertMsg (isPath path2)
      "lib.path.hasPrefix: Second argument is of type ${typeOf path2}, but a path was expected";
    let
      d2 = deconstruct path2;
    in
    assert assertMsg (d1.root == d2.root) (rootsMessage "hasPrefix" path1 d1.root path2 d2.root);
    take (b.length d1.components) d2.components == d1.components;

  /**
    The subpath of the second path below the first (`"./."` when equal); throws when the
    first is not a prefix.

    # Type

    ```
    removePrefix :: path -> path -> string
    ```
  */
  removePrefix =
    path1:
    assert assertMsg (isPath path1)
      "lib.path.removePrefix: First argument is of type ${typeOf path1}, but a path was expected.";
    let
      d1 = deconstruct path1;
      n = b.length d1.components;
    in
    path2:
    assert assertMsg (isPath path2)
      "lib.path.removePrefix: Second argument is of type ${typeOf path2}, but a path was expected.";
    let
      d2 = deconstruct path2;
      rest =
        if take n d2.components == d1.components then
          drop n d2.components
        else
          throw ''lib.path.removePrefix: The first path argument "${toString path1}" is not a component-wise prefix of the second path argument "${toString path2}".'';
    in
    assert assertMsg (d1.root == d2.root) (rootsMessage "removePrefix" path1 d1.root path2 d2.root);
    joinComponents rest;

  /**
    Split a path into its filesystem root and the subpath below it.

    # Type

    ```
    splitRoot :: path -> { root :: path; subpath :: string; }
    ```
  */
  splitRoot =
    path:
    assert assertMsg (isPath path)
      "lib.path.splitRoot: Argument is of type ${typeOf path}, but a path was expected";
    let
      d = deconstruct path;
    in
    {
      inherit (d) root;
      subpath = joinComponents d.components;
    };

  /**
    Whether a path lies inside the Nix store (below a store path).

    # Type

    ```
    hasStorePathPrefix :: path -> bool
    ```
  */
  hasStorePathPrefix =
    path:
    let
      d = deconstruct path;
    in
    assert assertMsg (isPath path)
      "lib.path.hasStorePathPrefix: Argument is of type ${typeOf path}, but a path was expected";
    assert assertMsg (d.root == /. && toString d.root == "/")
      "lib.path.hasStorePathPrefix: Argument has a filesystem root (${toString d.root}) that's not /, which is currently not supported.";
    hasStorePrefix d.components;

  subpath = {
    /**
      Whether a value is a valid subpath string (relative, non-empty, no `..`).

      # Type

      ```
      subpath.isValid :: a -> bool
      ```
    */
    inherit isValid;

    /**
      Join subpaths into one normalised subpath.

      # Type

      ```
      subpath.join :: [string] -> string
      ```
    */
    join =
      subpaths:
      if b.all isValid subpaths then
        joinComponents (b.concatMap componentsOf subpaths)
      else
        lib.lists.foldl' (
          i: p:
          if isValid p then
            i + 1
          else
            throw ''
              lib.path.subpath.join: Element at index ${toString i} is not a valid subpath string:
                  ${invalidReason p}''
        ) 0 subpaths;

    /**
      The components of a subpath.

      # Type

      ```
      subpath.components :: string -> [string]
      ```
    */
    components =
      subpath:
      assert assertMsg (isValid subpath) ''
        lib.path.subpath.components: Argument is not a valid subpath string:
            ${invalidReason subpath}'';
      componentsOf subpath;

    /**
      A subpath in normal form ("./a/b", or "./." for the empty subpath).

      # Type

      ```
      subpath.normalise :: string -> string
      ```
    */
    normalise =
      subpath:
      assert assertMsg (isValid subpath) ''
        lib.path.subpath.normalise: Argument is not a valid subpath string:
            ${invalidReason subpath}'';
      joinComponents (componentsOf subpath);
  };
}
