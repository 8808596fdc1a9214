# Package customisation: overridable functions (`.override`), `callPackage`-style argument
# filling from a scope, derivation extension with passthru attributes, and package scopes.
# Mirrors the `customisation` family of nixpkgs' lib (enough for modules that call packages;
# cross-compilation splicing is passed through as in nixpkgs, without a real package set).
{ lib }:
let
  b = builtins;
  inherit (lib.trivial)
    functionArgs
    isFunction
    mirrorFunctionArgs
    setFunctionArgs
    ;

  /**
    "did you mean" part of callPackageWith's error for a missing argument.
  */
  suggestions =
    arg: candidates:
    let
      close = lib.lists.take 3 (
        lib.lists.sortOn (lib.strings.levenshtein arg) (
          b.filter (lib.strings.levenshteinAtMost 2 arg) (b.attrNames candidates)
        )
      );
      quoted = map (x: "\"" + x + "\"") close;
      n = b.length quoted;
    in
    if n == 0 then
      ""
    else if n == 1 then
      ", did you mean ${b.head quoted}?"
    else
      ", did you mean ${b.concatStringsSep ", " (lib.lists.init quoted)} or ${lib.lists.last quoted}?";

  /**
    The message when a function called by callPackageWith lacks an argument: its name, where the
    function is, and suggestions.
  */
  missingArgMessage =
    autoArgs: args: fargs: unpassed:
    let
      arg = b.head (b.filter (n: !fargs.${n}) (b.attrNames unpassed));
      pos = b.unsafeGetAttrPos arg fargs;
      where = if pos != null then pos.file + ":" + toString pos.line else "<unknown location>";
    in
    "lib.customisation.callPackageWith: Function called without required argument \"${arg}\" at ${where}${suggestions arg (autoArgs // args)}";

  self = {
    /**
      Rebuild a derivation with its attributes changed by `f drvAttrs`.

      # Type

      ```
      overrideDerivation :: derivation -> (AttrSet -> AttrSet) -> derivation
      ```
    */
    overrideDerivation =
      drv: f:
      let
        passthru = drv.passthru or { };
        spliced =
          if drv ? __spliced then
            { __spliced = b.mapAttrs (_: d: self.overrideDerivation d f) drv.__spliced; }
          else
            { };
      in
      self.extendDerivation (b.seq drv.drvPath true) (
        {
          meta = drv.meta or { };
          inherit passthru;
        }
        // passthru
        // spliced
      ) (derivation (drv.drvAttrs // f drv));

    /**
      Make `f`'s result overridable: `.override newArgs` calls `f` again with the arguments
      updated (a set, or a function of the old arguments); derivation results also get
      `.overrideDerivation` and keep `.overrideAttrs` overridable.

      # Type

      ```
      makeOverridable :: (AttrSet -> a) -> AttrSet -> a
      ```
    */
    makeOverridable =
      f:
      let
        mirror = mirrorFunctionArgs f;
        call =
          origArgs:
          let
            result = f origArgs;
            update = newArgs: origArgs // (if isFunction newArgs then newArgs origArgs else newArgs);
            override = mirror (newArgs: self.makeOverridable f (update newArgs));
          in
          if b.isAttrs result then
            result
            // {
              inherit override;
              overrideDerivation = g: self.makeOverridable (mirror (a: self.overrideDerivation (f a) g)) origArgs;
            }
            // lib.attrsets.optionalAttrs (result ? overrideAttrs) {
              overrideAttrs = g: self.makeOverridable (mirror (a: (f a).overrideAttrs g)) origArgs;
            }
          else if isFunction result then
            setFunctionArgs result (functionArgs result) // { inherit override; }
          else
            result;
      in
      if b.isAttrs f then
        f
        // mirror call
        // lib.attrsets.optionalAttrs (f ? override) {
          override = g: self.makeOverridable (f.override g);
        }
      else
        mirror call;

    /**
      Call `fn` (a function or a file to import) with the arguments it declares taken from
      `autoArgs`, overridden by `args`; the result is overridable. Aborts naming a required
      argument that neither provides.

      # Type

      ```
      callPackageWith :: AttrSet -> (path | (AttrSet -> a)) -> AttrSet -> a
      ```
    */
    callPackageWith =
      autoArgs: fn: args:
      let
        f = if isFunction fn then fn else import fn;
        fargs = functionArgs f;
        given = b.intersectAttrs fargs autoArgs // args;
        unpassed = removeAttrs fargs (b.attrNames given);
      in
      if b.all (hasDefault: hasDefault) (b.attrValues unpassed) then
        self.makeOverridable f given
      else
        abort (missingArgMessage autoArgs args fargs unpassed);

    /**
      Like `callPackageWith` for a function returning a set of packages; each is overridable.

      # Type

      ```
      callPackagesWith :: AttrSet -> (path | (AttrSet -> AttrSet)) -> AttrSet -> AttrSet
      ```
    */
    callPackagesWith =
      autoArgs: fn: args:
      let
        f = if isFunction fn then fn else import fn;
        origArgs = b.intersectAttrs (functionArgs f) autoArgs // args;
        pkgs = f origArgs;
        mirror = mirrorFunctionArgs f;
      in
      if lib.attrsets.isDerivation pkgs then
        throw (
          "function `callPackages` was called on a *single* derivation "
          + ''"${pkgs.name or "<unknown-name>"}";''
          + " did you mean to use `callPackage` instead?"
        )
      else
        b.mapAttrs (name: _: self.makeOverridable (mirror (newArgs: (f newArgs).${name})) origArgs) pkgs;

    /**
      Add `passthru` attributes to a derivation and to each of its outputs, gating the
      store paths on `condition`.

      # Type

      ```
      extendDerivation :: bool -> AttrSet -> derivation -> derivation
      ```
    */
    extendDerivation =
      condition: passthru: drv:
      let
        outputNames = drv.outputs or [ "out" ];
        guarded = v: assert condition; v;
        outputs = map (name: {
          inherit name;
          value =
            common
            // {
              inherit (drv.${name}) type outputName;
              outputSpecified = true;
              drvPath = guarded drv.${name}.drvPath;
              outPath = guarded drv.${name}.outPath;
            }
            // lib.attrsets.optionalAttrs (passthru ? overrideAttrs) {
              overrideAttrs = g: (passthru.overrideAttrs g).${name};
            };
        }) outputNames;
        common =
          drv
          // b.listToAttrs (
            outputs
            ++ [
              {
                name = "all";
                value = map (o: o.value) outputs;
              }
            ]
          )
          // passthru
          // {
            drvPath = guarded drv.drvPath;
            outPath = guarded drv.outPath;
          };
      in
      common;

    /**
      Strip a derivation down to what Hydra needs (name, system, meta, outputs).

      # Type

      ```
      hydraJob :: derivation -> derivation
      ```
    */
    hydraJob =
      drv:
      let
        outputNames = drv.outputs or [ "out" ];
        common = {
          inherit (drv) name system meta;
          outputs = outputNames;
        }
        // lib.attrsets.optionalAttrs (drv._hydraAggregate or false) {
          _hydraAggregate = true;
          constituents = map self.hydraJob (lib.lists.flatten drv.constituents);
        }
        // b.listToAttrs outputs;
        outputs = map (name: {
          inherit name;
          value = common // {
            inherit (drv.${name}) outPath drvPath;
            type = "derivation";
            outputName = name;
          };
        }) outputNames;
        first = (b.head outputs).value;
      in
      if drv == null then null else b.deepSeq first first;

    /**
      A package scope: `f self` plus `callPackage`, `newScope`, `overrideScope` and `packages`.

      # Type

      ```
      makeScope :: (AttrSet -> a) -> (AttrSet -> AttrSet) -> AttrSet
      ```
    */
    makeScope =
      newScope: f:
      let
        scope = {
          callPackage = scope.newScope { };
        }
        // f scope
        // {
          newScope = extra: newScope (scope // extra);
          overrideScope = g: self.makeScope newScope (lib.fixedPoints.extends g f);
          packages = f;
        };
      in
      scope;

    /**
      Positional form of `makeScopeWithSplicing'`.
    */
    makeScopeWithSplicing =
      splicePackages: newScope: otherSplices: keep: extra: f:
      self.makeScopeWithSplicing' { inherit splicePackages newScope; } {
        inherit
          otherSplices
          keep
          extra
          f
          ;
      };

    /**
      A package scope whose `callPackage` sees the spliced package sets of the other
      platforms.
    */
    makeScopeWithSplicing' =
      { splicePackages, newScope }:
      {
        otherSplices,
        keep ? (_self: { }),
        extra ? (_spliced0: { }),
        f,
      }:
      let
        spliced0 = splicePackages {
          pkgsBuildBuild = otherSplices.selfBuildBuild;
          pkgsBuildHost = otherSplices.selfBuildHost;
          pkgsBuildTarget = otherSplices.selfBuildTarget;
          pkgsHostHost = otherSplices.selfHostHost;
          pkgsHostTarget = scope;
          pkgsTargetTarget = otherSplices.selfTargetTarget;
        };
        spliced = extra spliced0 // spliced0 // keep scope;
        scope = f scope // {
          newScope = extraArgs: newScope (spliced // extraArgs);
          callPackage = newScope spliced;
          overrideScope =
            g:
            self.makeScopeWithSplicing' { inherit splicePackages newScope; } {
              inherit otherSplices keep extra;
              f = lib.fixedPoints.extends g f;
            };
          packages = f;
        };
      in
      scope;

    /**
      Define a `mkDerivation`-like builder that extends the arguments of `constructDrv`.
    */
    extendMkDerivation =
      {
        constructDrv,
        excludeDrvArgNames ? [ ],
        excludeFunctionArgNames ? [ ],
        extendDrvArgs,
        inheritFunctionArgs ? true,
        transformDrv ? (x: x),
      }:
      {
        __functor =
          _: fpargs:
          transformDrv (
            constructDrv (
              final:
              let
                previous = if isFunction fpargs then fpargs final else fpargs;
              in
              removeAttrs previous excludeDrvArgNames // extendDrvArgs final previous
            )
          );
        __functionArgs = removeAttrs (
          lib.attrsets.optionalAttrs inheritFunctionArgs (
            removeAttrs (functionArgs constructDrv) excludeDrvArgNames
          )
          // functionArgs (extendDrvArgs { })
        ) excludeFunctionArgNames;
        inherit
          constructDrv
          excludeDrvArgNames
          extendDrvArgs
          transformDrv
          ;
      };

    /**
      `{ buildBuild; ...; targetTarget; }` from `<prefix>BuildBuild` ... attributes.
    */
    renameCrossIndexFrom = prefix: x: b.mapAttrs (_: suffix: x."${prefix}${suffix}") crossSuffixes;

    /**
      `<prefix>BuildBuild` ... attributes from `{ buildBuild; ...; targetTarget; }`.
    */
    renameCrossIndexTo =
      prefix: x:
      b.listToAttrs (
        lib.attrsets.mapAttrsToList (key: suffix: {
          name = "${prefix}${suffix}";
          value = x.${key};
        }) crossSuffixes
      );

    /**
      Map `f` over the six cross-compilation slots.
    */
    mapCrossIndex =
      f:
      {
        buildBuild,
        buildHost,
        buildTarget,
        hostHost,
        hostTarget,
        targetTarget,
      }:
      {
        buildBuild = f buildBuild;
        buildHost = f buildHost;
        buildTarget = f buildTarget;
        hostHost = f hostHost;
        hostTarget = f hostTarget;
        targetTarget = f targetTarget;
      };
  };

  crossSuffixes = {
    buildBuild = "BuildBuild";
    buildHost = "BuildHost";
    buildTarget = "BuildTarget";
    hostHost = "HostHost";
    hostTarget = "HostTarget";
    targetTarget = "TargetTarget";
  };
in
self
