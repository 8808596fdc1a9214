# File-system queries done at evaluation time: file types, recursive listings, finding a
# dominating file, and building package sets from a directory tree. Mirrors the `filesystem`
# family of nixpkgs' lib (all of it reads files through builtins only).
{ lib }:
let
  b = builtins;
  inherit (b) pathExists readDir;

  self = {
    inherit (b)
      baseNameOf
      dirOf
      isPath
      readDir
      readFileType
      hashFile
      ;

    /**
      The type of a file: "regular", "directory", "symlink" or "unknown".

      # Type

      ```
      pathType :: path -> string
      ```
    */
    pathType = b.readFileType;

    /**
      Whether a path exists and is a directory.

      # Type

      ```
      pathIsDirectory :: path -> bool
      ```
    */
    pathIsDirectory = path: pathExists path && b.readFileType path == "directory";

    /**
      Whether a path exists and is a regular file.

      # Type

      ```
      pathIsRegularFile :: path -> bool
      ```
    */
    pathIsRegularFile = path: pathExists path && b.readFileType path == "regular";

    /**
      Subdirectories of `root` holding a `<name>.cabal` file, keyed by name.

      # Type

      ```
      haskellPathsInDir :: path -> AttrSet
      ```
    */
    haskellPathsInDir =
      root:
      b.listToAttrs (
        b.filter (e: pathExists (e.value + "/${e.name}.cabal")) (
          map (name: {
            inherit name;
            value = root + "/${name}";
          }) (b.attrNames (readDir root))
        )
      );

    /**
      The nearest directory at or above `file` holding entries matching `pattern`:
      `{ path; matches; }`, or null.

      # Type

      ```
      locateDominatingFile :: string -> path -> ({ path :: path; matches :: [[string]]; } | null)
      ```
    */
    locateDominatingFile =
      pattern: file:
      let
        search =
          dir:
          let
            matches = b.filter (m: m != null) (map (b.match pattern) (b.attrNames (readDir dir)));
          in
          if matches != [ ] then
            {
              path = dir;
              inherit matches;
            }
          else if toString dir == "/" then
            null
          else
            search (dirOf dir);
        parent = dirOf file;
        isDir = toString file == "/" || (readDir parent).${baseNameOf file} or null == "directory";
      in
      search (if isDir then file else parent);

    /**
      Every non-directory file below `dir`, as paths.

      # Type

      ```
      listFilesRecursive :: path -> [path]
      ```
    */
    listFilesRecursive =
      dir:
      let
        walk =
          d:
          lib.attrsets.mapAttrsToList (
            name: type: if type == "directory" then walk (d + "/${name}") else d + "/${name}"
          ) (readDir d);
      in
      lib.lists.flatten (walk dir);

    /**
      A package set mirroring a directory tree: `foo.nix` and `foo/package.nix` become
      `callPackage`d packages, other directories nested sets (scopes when `newScope` is given).

      # Type

      ```
      packagesFromDirectoryRecursive :: { callPackage; newScope ? ...; directory; } -> AttrSet
      ```
    */
    packagesFromDirectoryRecursive =
      {
        callPackage,
        newScope ? throw "lib.packagesFromDirectoryRecursive: newScope wasn't passed in args",
        directory,
      }@args:
      let
        entries =
          { callPackage, directory, ... }@a:
          lib.attrsets.concatMapAttrs (
            name: type:
            let
              path = directory + "/${name}";
            in
            if type == "directory" then
              { ${name} = self.packagesFromDirectoryRecursive (a // { directory = path; }); }
            else if type == "regular" && lib.strings.hasSuffix ".nix" name then
              { ${lib.strings.removeSuffix ".nix" name} = callPackage path { }; }
            else if type == "regular" then
              { }
            else
              throw ''
                lib.filesystem.packagesFromDirectoryRecursive: Unsupported file type ${type} at path ${toString path}
              ''
          ) (readDir directory);
        defaultPath = directory + "/package.nix";
      in
      if pathExists defaultPath then
        callPackage defaultPath { }
      else if args ? newScope then
        lib.attrsets.recurseIntoAttrs (
          lib.customisation.makeScope newScope (
            scope: entries (args // { inherit (scope) callPackage newScope; })
          )
        )
      else
        entries args;

    /**
      A directory path resolved to its `default.nix`; other values unchanged.

      # Type

      ```
      resolveDefaultNix :: (path | string) -> (path | string)
      ```
    */
    resolveDefaultNix =
      v:
      if self.pathIsDirectory v then
        v + "/default.nix"
      else if b.isString v && lib.strings.hasSuffix "/" v then
        v + "default.nix"
      else
        v;
  };
in
self
