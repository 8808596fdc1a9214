# File-system queries on a small fixture tree.
lib:
let
  tree = ./tree;
  rel = p: lib.removePrefix (toString tree + "/") (toString p);
in
{
  pathType = [ (lib.pathType ./tree) (lib.pathType ./tree/a.txt) ];
  pathIsDirectory = [ (lib.pathIsDirectory ./tree) (lib.pathIsDirectory ./tree/a.txt) (lib.pathIsDirectory ./tree/missing) ];
  pathIsRegularFile = [ (lib.pathIsRegularFile ./tree/a.txt) (lib.pathIsRegularFile ./tree) (lib.pathIsRegularFile ./tree/missing) ];
  listFilesRecursive = map rel (lib.filesystem.listFilesRecursive tree);
  readDir = lib.readDir ./tree/sub;
  readFileType = lib.readFileType ./tree/sub/b.nix;
  baseNameOf = lib.baseNameOf ./tree/sub/b.nix;
  dirOf = rel (lib.dirOf ./tree/sub/b.nix);
  isPath = [ (lib.isPath ./tree) (lib.isPath "/x") ];
  locateDominatingFile = let r = lib.filesystem.locateDominatingFile "(MARK)ER" ./tree/sub/deeper/c.txt; in { path = rel r.path; inherit (r) matches; };
  locateDominatingFileDir = let r = lib.filesystem.locateDominatingFile "a\\.(txt)" ./tree/sub/deeper; in { path = toString r.path == toString tree; inherit (r) matches; };
  resolveDefaultNix = [ (rel (lib.filesystem.resolveDefaultNix ./tree/sub)) (rel (lib.filesystem.resolveDefaultNix ./tree/a.txt)) ];
  haskellPathsInDir = lib.filesystem.haskellPathsInDir ./tree;
  packagesFromDirectoryRecursive = lib.packagesFromDirectoryRecursive {
    callPackage = path: args: import path ({ name = "called"; } // args);
    directory = ./tree/pkgs;
  };
  packagesFromDirectoryRecursiveScoped = (s: { names = builtins.attrNames s; hello = s.hello.pkg; tool = s.tool.name; member = s.group.member.pkg; groupNames = builtins.attrNames s.group; }) (lib.packagesFromDirectoryRecursive {
    callPackage = lib.callPackageWith { name = "scoped"; };
    newScope = extra: lib.callPackageWith ({ name = "scoped"; } // extra);
    directory = ./tree/pkgs;
  });
}
