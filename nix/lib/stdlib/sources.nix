# Source filtering for copying directories into the store (`cleanSource` drops VCS metadata,
# editor backups, build results), git revision lookup from a checkout, and source naming.
# Mirrors the `sources` family of nixpkgs' lib; filtered sources are real `builtins.path`
# copies, so their store paths match Nix's.
{ lib }:
let
  b = builtins;
  inherit (b) match;
  inherit (lib.strings) hasSuffix hasPrefix removePrefix removeSuffix fileContents;
  inherit (lib.filesystem) pathIsRegularFile;

  vcsDirs = [
    ".svn"
    "CVS"
    ".hg"
    ".jj"
    ".pijul"
    "_darcs"
  ];

  /**
    The filter/name/origin of a source, whether plain or already filtered.
  */
  attributesOf =
    src:
    if src ? _isLibCleanSourceWith then
      { inherit (src) origSrc filter name; }
    else
      {
        origSrc = src;
        filter = _: _: true;
        name = "source";
      };

  /**
    A source value from its attributes (origSrc, filter, name).
  */
  fromAttributes =
    {
      origSrc,
      filter,
      name,
    }:
    {
      _isLibCleanSourceWith = true;
      inherit origSrc filter name;
      outPath = b.path {
        inherit filter name;
        path = origSrc;
      };
    };

  # Follow HEAD (or a ref) of a git directory, worktree file or packed-refs to a commit id:
  # { value = id; } or { error = message; }.
  commitOrError =
    let
      absolute =
        base: p:
        if hasPrefix "/" p then
          p
        else if hasPrefix "/" base then
          "${base}/${p}"
        else
          "/${base}/${p}";
      read =
        file: path:
        let
          refFile = path + "/${file}";
          packedRefs = path + "/packed-refs";
        in
        if pathIsRegularFile path then
          let
            m = match "^gitdir: (.*)$" (fileContents path);
          in
          if m == null then
            { error = "File contains no gitdir reference: " + path; }
          else
            let
              gitDir = absolute (dirOf path) (b.head m);
              common' =
                if pathIsRegularFile "${gitDir}/commondir" then fileContents "${gitDir}/commondir" else gitDir;
              commonDir = absolute gitDir (removeSuffix "/" common');
            in
            read (removePrefix "${commonDir}/" "${gitDir}/${file}") commonDir
        else if pathIsRegularFile refFile then
          let
            content = fileContents refFile;
            ref = match "^ref: (.*)$" content;
          in
          if ref == null then { value = content; } else read (b.head ref) path
        else if pathIsRegularFile packedRefs then
          let
            refMatch = match "([a-z0-9]+) ${file}";
            refs = b.filter (s: b.isString s && refMatch s != null) (b.split "\n" (b.readFile packedRefs));
          in
          if refs == [ ] then
            { error = "Could not find " + file + " in " + packedRefs; }
          else
            { value = b.head (refMatch (b.head refs)); }
        else
          { error = "Not a .git directory: " + toString path; };
    in
    read "HEAD";

  self = {
    inherit (b) filterSource;

    /**
      The filter of `cleanSource`: false for VCS directories, editor backups and swap files,
      object files, `result*` symlinks and unknown file types.

      # Type

      ```
      cleanSourceFilter :: string -> string -> bool
      ```
    */
    cleanSourceFilter =
      name: type:
      let
        base = baseNameOf name;
      in
      !(
        base == ".git"
        || (type == "directory" && b.elem base vcsDirs)
        || hasSuffix "~" base
        || match "^\\.sw[a-z]$" base != null
        || match "^\\..*\\.sw[a-z]$" base != null
        || hasSuffix ".o" base
        || hasSuffix ".so" base
        || (type == "symlink" && hasPrefix "result" base)
        || type == "unknown"
      );

    /**
      A source without VCS metadata and build leftovers.

      # Type

      ```
      cleanSource :: path -> AttrSet
      ```
    */
    cleanSource =
      src:
      self.cleanSourceWith {
        filter = self.cleanSourceFilter;
        inherit src;
      };

    /**
      Filter a source (composing with an earlier filter); usable as a path (`outPath`).

      # Type

      ```
      cleanSourceWith :: { src; filter ? (string -> string -> bool); name ? string; } -> AttrSet
      ```
    */
    cleanSourceWith =
      {
        src,
        filter ? _path: _type: true,
        name ? null,
      }:
      let
        orig = attributesOf src;
      in
      fromAttributes {
        inherit (orig) origSrc;
        filter = path: type: filter path type && orig.filter path type;
        name = if name != null then name else orig.name;
      };

    /**
      A source whose filter traces each decision.
    */
    trace =
      src:
      let
        attrs = attributesOf src;
      in
      fromAttributes (
        attrs
        // {
          filter =
            path: type:
            let
              keep = attrs.filter path type;
            in
            b.trace "${attrs.name}.filter ${path} = ${lib.trivial.boolToString keep}" keep;
        }
      )
      // {
        satisfiesSubpathInvariant = src ? satisfiesSubpathInvariant && src.satisfiesSubpathInvariant;
      };

    /**
      Keep the files whose path relative to the source matches one of the regexes.

      # Type

      ```
      sourceByRegex :: path -> [string] -> AttrSet
      ```
    */
    sourceByRegex =
      src: regexes:
      let
        origSrc = if src ? _isLibCleanSourceWith then src.origSrc else src;
      in
      self.cleanSourceWith {
        filter =
          path: type:
          let
            rel = removePrefix (toString origSrc + "/") (toString path);
          in
          b.any (re: match re rel != null) regexes;
        inherit src;
      };

    /**
      Keep directories and the files ending in one of the suffixes.

      # Type

      ```
      sourceFilesBySuffices :: path -> [string] -> AttrSet
      ```
    */
    sourceFilesBySuffices =
      src: exts:
      self.cleanSourceWith {
        filter = name: type: type == "directory" || b.any (ext: hasSuffix ext (baseNameOf name)) exts;
        inherit src;
      };

    /**
      Keep files matching one of the glob patterns (`*` within a component, `**` across).

      # Type

      ```
      sourceByGlobs :: path -> [string] -> AttrSet
      ```
    */
    sourceByGlobs =
      let
        components = p: b.filter b.isString (b.split "/" p);
        globRegex =
          s:
          if s == "**" then
            ".*"
          else
            b.concatStringsSep "" (
              map (t: if b.isList t then "[^/]*" else lib.strings.escapeRegex t) (b.split "\\*+" s)
            );
        matcher =
          pattern:
          let
            globs = map globRegex (components pattern);
            nGlobs = b.length globs;
          in
          path: type:
          let
            parts = components path;
            nParts = b.length parts;
            step =
              gi: pi:
              let
                g = b.elemAt globs gi;
                p = b.elemAt parts pi;
              in
              if pi >= nParts then
                gi >= nGlobs || type == "directory" || type == "symlink"
              else if gi >= nGlobs then
                false
              else if g == ".*" then
                if gi + 1 == nGlobs then
                  true
                else if match (b.elemAt globs (gi + 1)) p != null then
                  step (gi + 1) pi
                else if match g p != null then
                  step gi (pi + 1)
                else
                  false
              else if match g p != null then
                step (gi + 1) (pi + 1)
              else
                false;
          in
          step 0 0;
      in
      src: patterns:
      let
        root = "${toString src}/";
        matchers = map matcher patterns;
      in
      self.cleanSourceWith {
        filter = name: type: b.any (m: m (removePrefix root name) type) matchers;
        inherit src;
      };

    /**
      Whether a path is a git checkout whose HEAD can be resolved.

      # Type

      ```
      pathIsGitRepo :: path -> bool
      ```
    */
    pathIsGitRepo = path: commitOrError path ? value;

    /**
      The commit id HEAD points to in a `.git` directory (or worktree `.git` file).

      # Type

      ```
      commitIdFromGitRepo :: path -> string
      ```
    */
    commitIdFromGitRepo =
      path:
      let
        r = commitOrError path;
      in
      r.value or (throw r.error);

    /**
      Whether a string carries store-path context.
    */
    pathHasContext = b.hasContext;

    /**
      Whether a source can be filtered (a filtered source, or a path outside the store).
    */
    canCleanSource = src: src ? _isLibCleanSourceWith || !(b.hasContext (toString src));

    /**
      A source name from a URL: its last component without archive extensions.

      # Type

      ```
      urlToName :: string -> string
      ```
    */
    urlToName =
      url:
      let
        base = baseNameOf (removeSuffix "/" (lib.lists.last (lib.strings.splitString ":" (toString url))));
        stripOnce =
          name:
          let
            m = match "(.*)\\.(git|tar|zip|gz|tgz|bz|tbz|bz2|tbz2|lzma|txz|xz|zstd)$" name;
          in
          if m != null then b.head m else name;
        strip =
          x:
          let
            y = stripOnce x;
          in
          if b.stringLength y < b.stringLength x then strip y else x;
      in
      strip base;

    /**
      A short form of a revision: 7 hex digits of a hash, or the version part of a tag.

      # Type

      ```
      shortRev :: string -> string
      ```
    */
    shortRev =
      rev:
      let
        base = baseNameOf (toString rev);
        version = match "([A-Za-z]+[-_. ]?)*(v)?([0-9.]+.*)" base;
      in
      if match "[a-f0-9]+" base != null then
        b.substring 0 7 base
      else if version != null then
        lib.lists.last version
      else
        base;

    /**
      The tag if set, else the revision, else "HEAD".
    */
    revOrTag =
      rev: tag:
      if tag != null then
        tag
      else if rev != null then
        rev
      else
        "HEAD";

    /**
      A source-naming function: "source", "versioned" (`repo-rev-source`) or "full"
      (`repo-rev-suffix-source`).

      # Type

      ```
      repoRevToName :: string -> string -> (string | null) -> (string | null) -> string
      ```
    */
    repoRevToName =
      kind:
      let
        full =
          repo: rev: suffix:
          "${self.urlToName repo}${if rev != null then "-${self.shortRev rev}" else ""}${
            if suffix != null then "-${suffix}" else ""
          }-source";
      in
      if kind == "source" then
        (_: _: _: "source")
      else if kind == "versioned" then
        (repo: rev: _: full repo rev null)
      else if kind == "full" then
        full
      else
        throw "repoRevToName: invalid kind";
  };
in
self
