# String helpers, part 2 of 4 (see strings.nix): search paths and file paths. PATH-style lists
# of package subdirectories (makeBinPath, makeLibraryPath, ...), normalising slashes, and a
# file's contents without the trailing newline.
{
  lib,
  self,
}:
let
  b = builtins;
  inherit (b)
    isPath
    ;
in
{
  /**
    Join `subDir` under each non-null path with ":" (a PATH-like search path).

    # Type

    ```
    makeSearchPath :: string -> [string] -> string
    ```
  */
  makeSearchPath =
    subDir: paths:
    b.concatStringsSep ":" (map (p: p + "/" + subDir) (b.filter (p: p != null) paths));

  /**
    `makeSearchPath` over the given output of each package.

    # Type

    ```
    makeSearchPathOutput :: string -> string -> [package] -> string
    ```
  */
  makeSearchPathOutput =
    output: subDir: pkgs:
    self.makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  /**
    Library search path (`lib` outputs, `/lib`).

    # Type

    ```
    makeLibraryPath :: [package] -> string
    ```
  */
  makeLibraryPath = self.makeSearchPathOutput "lib" "lib";

  /**
    Include search path (`dev` outputs, `/include`).

    # Type

    ```
    makeIncludePath :: [package] -> string
    ```
  */
  makeIncludePath = self.makeSearchPathOutput "dev" "include";

  /**
    Binary search path (`bin` outputs, `/bin`).

    # Type

    ```
    makeBinPath :: [package] -> string
    ```
  */
  makeBinPath = self.makeSearchPathOutput "bin" "bin";

  /**
    Collapse runs of "/" in a path string.

    # Type

    ```
    normalizePath :: string -> string
    ```
  */
  normalizePath =
    s:
    lib.trivial.warnIf (isPath s)
      ''
        lib.strings.normalizePath: The argument (${toString s}) is a path value, but only strings are supported.
            Path values are always normalised in Nix, so there's no need to call this function on them.
            This function also copies the path to the Nix store and returns the store path, the same as "''${path}" will, which may not be what you want.
            This behavior is deprecated and will throw an error in the future.''
      (
        b.foldl' (acc: c: if c == "/" && self.hasSuffix "/" acc then acc else acc + c) "" (
          self.stringToCharacters s
        )
      );

  /**
    The contents of a file without one trailing newline.

    # Type

    ```
    fileContents :: path -> string
    ```
  */
  fileContents = file: self.removeSuffix "\n" (b.readFile file);
}
