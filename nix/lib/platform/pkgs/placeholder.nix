# Placeholder derivations: what `pkgs.<anything>` is while Arbor previews a host.
#
# Arbor evaluates hosts without nixpkgs, so a package is a stand-in that looks
# enough like a derivation for modules to handle it: `lib.isDerivation` holds
# (`type = "derivation"`), it interpolates to a store-path-shaped string
# ("/nix/store/<32 chars>-<name>"), `lib.getExe` finds `meta.mainProgram`,
# `types.package` accepts it, and `override`, `overrideAttrs` and
# `overrideDerivation` return placeholders again. Nothing is ever built; the
# `__arborPlaceholder = true` marker lets UIs label these values.
#
# The store hash is derived from the system and the attribute path with
# `builtins.hashString`, so the same package on the same system always gets
# the same path and two different packages never share one. The hash is hex
# with `e` moved to `w`, because Nix's base-32 alphabet has no e, o, u or t.
#
# Builtins only.
let
  inherit (builtins)
    hashString
    substring
    replaceStrings
    isAttrs
    ;

  /**
    The 32-character store hash of a placeholder, derived from `seed` (no `e`, as Nix's base-32
    alphabet has none).
  */
  storeHash = seed: replaceStrings [ "e" ] [ "w" ] (substring 0 32 (hashString "sha256" seed));

  # Shells `types.shellPackage` accepts: they carry `passthru.shellPath`.
  shellPaths = {
    bash = "/bin/bash";
    bashInteractive = "/bin/bash";
    zsh = "/bin/zsh";
    fish = "/bin/fish";
    nushell = "/bin/nu";
    dash = "/bin/dash";
    elvish = "/bin/elvish";
    xonsh = "/bin/xonsh";
    shadow = "/bin/nologin";
  };

  /**
    A placeholder derivation.

    # Inputs

    `system`
    : the system the package is "for" (part of the store hash, `meta.platforms`)

    `path`
    : the attribute path it was reached by, e.g. `"python3Packages.requests"`

    `name`
    : the package name (`pname` and `name`); defaults to the last path component

    `description`
    : `meta.description`; defaults to a sentence naming the path

    `mainProgram`
    : `meta.mainProgram`; defaults to `name`

    `extra`
    : further attributes (passthru), merged on top

    `seed`
    : what the store hash is computed from besides the system; defaults to
      `path`. Builders pass their arguments (a `writeText` of other text is
      another store path, as in Nix)

    # Type

    ```
    mkPlaceholder :: { system, path, name?, description?, mainProgram?, extra?, seed? } -> Derivation
    ```
  */
  mkPlaceholder =
    {
      system,
      path,
      name ? lastComponent path,
      description ? "Placeholder for pkgs.${path}: Arbor previews hosts without building packages",
      mainProgram ? name,
      extra ? { },
      seed ? path,
    }:
    let
      hash = storeHash "arbor-placeholder:${system}:${seed}";
      drvHash = storeHash "arbor-placeholder-drv:${system}:${seed}";
      again = mkPlaceholder {
        inherit
          system
          path
          name
          description
          mainProgram
          extra
          seed
          ;
      };
      shell = if shellPaths ? ${name} then { shellPath = shellPaths.${name}; } else { };
      passthru = shell // extra;
      self = {
        type = "derivation";
        __arborPlaceholder = true;
        inherit name system;
        pname = name;
        version = "placeholder";
        outPath = "/nix/store/${hash}-${name}";
        drvPath = "/nix/store/${drvHash}-${name}.drv";
        outputName = "out";
        outputs = [ "out" ];
        out = self;
        all = [ self ];
        # Single-output placeholders: the usual output names all mean `out`,
        # so `pkg.bin`, `pkg.dev` and `lib.getBin pkg` work as on a real package.
        bin = self;
        dev = self;
        lib = self;
        man = self;
        doc = self;
        inherit passthru;
        meta = {
          inherit description mainProgram name;
          platforms = [ system ];
          badPlatforms = [ ];
          license = {
            shortName = "unknown";
            free = true;
          };
          maintainers = [ ];
          broken = false;
          unfree = false;
          insecure = false;
          available = true;
          outputsToInstall = [ "out" ];
          position = null;
        };
        # `override` takes an attribute set or a function of the old
        # arguments; `overrideAttrs` an `old: { }` or `final: prev: { }`
        # function. The arguments are accepted and ignored: the result is
        # the same package, still a placeholder.
        override = _: again;
        overrideAttrs = _: again;
        overrideDerivation = _: again;
      }
      // passthru;
    in
    self;

  /**
    The last component of a dotted attribute path.
  */
  lastComponent =
    path:
    let
      parts = builtins.filter builtins.isString (builtins.split "\\." path);
    in
    builtins.elemAt parts (builtins.length parts - 1);

  /**
    A package set (like `python3Packages`): an attribute set of placeholders,
    one per name, each created only when it is used.

    # Type

    ```
    mkPackageSet :: { system, path, names :: [String] } -> AttrSet
    ```
  */
  mkPackageSet =
    {
      system,
      path,
      names,
    }:
    builtins.listToAttrs (
      map (name: {
        inherit name;
        value = mkPlaceholder {
          inherit system;
          path = "${path}.${name}";
        };
      }) names
    )
    // {
      __arborPlaceholder = true;
      recurseForDerivations = true;
    };
in
{
  inherit
    mkPlaceholder
    mkPackageSet
    storeHash
    ;

  /**
    Whether a value is one of Arbor's placeholders.

    # Type

    ```
    isPlaceholder :: Any -> Bool
    ```
  */
  isPlaceholder = value: isAttrs value && value.__arborPlaceholder or false;
}
