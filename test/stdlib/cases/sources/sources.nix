# Source filtering (store paths made by builtins.path), git revisions, naming.
lib:
let
  src = ./src;
  cleaned = lib.cleanSource src;
in
{
  cleanSource = "${cleaned}";
  cleanSourceAttrs = { inherit (cleaned) name _isLibCleanSourceWith; origSrcIsSrc = cleaned.origSrc == src; };
  cleanSourceWith = "${lib.cleanSourceWith { src = cleaned; filter = p: t: baseNameOf p != "keep"; name = "named"; }}";
  sourceByRegex = "${lib.sourceByRegex src [ "main\\..*" "keep" "keep/.*\\.json" ]}";
  sourceFilesBySuffices = "${lib.sourceFilesBySuffices src [ ".c" ".json" ]}";
  sourceByGlobs = "${lib.sources.sourceByGlobs src [ "*.c" "keep/**" ]}";
  cleanSourceFilter = map (p: lib.cleanSourceFilter (builtins.elemAt p 0) (builtins.elemAt p 1)) [
    [ "/x/.git" "directory" ]
    [ "/x/.svn" "directory" ]
    [ "/x/.svn" "regular" ]
    [ "/x/a~" "regular" ]
    [ "/x/.a.swp" "regular" ]
    [ "/x/a.o" "regular" ]
    [ "/x/result-bin" "symlink" ]
    [ "/x/result-bin" "regular" ]
    [ "/x/sock" "unknown" ]
    [ "/x/ok.c" "regular" ]
  ];
  canCleanSource = [ (lib.canCleanSource src) (lib.canCleanSource cleaned) ];
  pathHasContext = [ (lib.pathHasContext "/x") (lib.pathHasContext "${cleaned}") ];
  commitIdFromGitRepo = lib.commitIdFromGitRepo ./gitdir;
  commitIdPacked = lib.commitIdFromGitRepo ./packed;
  pathIsGitRepo = [ (lib.pathIsGitRepo ./gitdir) (lib.pathIsGitRepo ./src) ];
  commitIdMissing = (builtins.tryEval (lib.commitIdFromGitRepo ./src)).success;
  urlToName = map lib.sources.urlToName [ "https://github.com/NixOS/nix.git" "https://x.org/foo-1.2.tar.gz" "git@github.com:a/b" "https://x/y/" ];
  shortRev = map lib.sources.shortRev [ "0123456789abcdef" "v1.2.3" "release-2.0" "refs/tags/v3.1" "weird" ];
  revOrTag = [ (lib.revOrTag "r" "t") (lib.revOrTag "r" null) (lib.revOrTag null null) ];
  repoRevToName = [ (lib.repoRevToName "source" "https://x/foo.git" "abcdef1234" null) (lib.repoRevToName "versioned" "https://x/foo.git" "v1.0" "s") (lib.repoRevToName "full" "https://x/foo.git" "abcdef1234" "suf") (lib.repoRevToName "full" "https://x/foo.git" null null) ];
}
