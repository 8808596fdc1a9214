# Arbor's nixpkgs-compatible `lib`: `import nix/lib/stdlib` (no arguments) is the whole
# library host modules receive. It is a fixed point: every family file gets the final `lib`,
# so families call each other through it, and `lib.extend` patches it as in nixpkgs.
#
# The module system (`modules`, `options`, `types`) comes from ../modules, and its top-level
# names (mkIf, mkOption, evalModules, ...) are re-exported exactly as nixpkgs' lib/default.nix
# does, but only those ../modules actually defines, so lib works while the module system grows.
# Nothing here is evaluated eagerly: importing lib costs a few thunks, and each family file is
# read on first use.
let
  b = builtins;

  # Names nixpkgs' lib re-exports at top level from lib.modules / lib.options / lib.types.
  moduleNames = [
    "evalModules"
    "setDefaultModuleLocation"
    "unifyModuleSyntax"
    "applyModuleArgsIfFunction"
    "mergeModules"
    "mergeModules'"
    "mergeOptionDecls"
    "mergeDefinitions"
    "pushDownProperties"
    "dischargeProperties"
    "filterOverrides"
    "sortProperties"
    "fixupOptionType"
    "mkIf"
    "mkAssert"
    "mkDefinition"
    "mkMerge"
    "mkOverride"
    "mkOptionDefault"
    "mkDefault"
    "mkImageMediaOverride"
    "mkForce"
    "mkVMOverride"
    "mkFixStrictness"
    "mkOrder"
    "mkBefore"
    "mkAfter"
    "mkAliasDefinitions"
    "mkAliasAndWrapDefinitions"
    "fixMergeModules"
    "mkRemovedOptionModule"
    "mkRenamedOptionModule"
    "mkRenamedOptionModuleWith"
    "mkMergedOptionModule"
    "mkChangedOptionModule"
    "mkAliasOptionModule"
    "mkDerivedConfig"
    "doRename"
    "mkAliasOptionModuleMD"
  ];
  optionNames = [
    "isOption"
    "mkEnableOption"
    "mkSinkUndeclaredOptions"
    "mergeDefaultOption"
    "mergeOneOption"
    "mergeEqualOption"
    "mergeUniqueOption"
    "getValues"
    "getFiles"
    "optionAttrSetToDocList"
    "optionAttrSetToDocList'"
    "scrubOptionValue"
    "literalExpression"
    "showOption"
    "showOptionWithDefLocs"
    "showFiles"
    "unknownModule"
    "mkOption"
    "mkPackageOption"
    "literalMD"
  ];
  typeNames = [
    "isType"
    "setType"
    "defaultTypeMerge"
    "defaultFunctor"
    "isOptionType"
    "mkOptionType"
  ];

  /**
    The subset of `names` that `set` has, with values taken lazily from `set`.
  */
  pick = names: set: b.intersectAttrs (b.listToAttrs (map (n: { name = n; value = null; }) names)) set;

  /**
    The whole library, given the final library `self`.
  */
  libFor =
    self:
    let
      call = file: import file { lib = self; };
      mod = import ../modules { lib = self; };
    in
    {
      trivial = call ./trivial.nix;
      fixedPoints = call ./fixed-points.nix;
      attrsets = call ./attrsets.nix;
      lists = call ./lists.nix;
      strings = call ./strings.nix;
      stringsWithDeps = call ./strings-with-deps.nix;
      customisation = call ./customisation.nix;
      derivations = call ./derivations.nix;
      maintainers = { };
      teams = { };
      meta = call ./meta.nix;
      versions = call ./versions.nix;
      inherit (mod) modules options types;
      licenses = call ./licenses.nix;
      sourceTypes = call ./source-types.nix;
      systems = call ./systems.nix;
      cli = call ./cli.nix;
      generators = call ./generators.nix;
      asserts = call ./asserts.nix;
      debug = call ./debug.nix;
      path = call ./path.nix;
      filesystem = call ./filesystem.nix;
      sources = call ./sources.nix;
      platforms = self.systems.doubles;
      kernel = call ./kernel.nix;

      inherit (b)
        getContext
        hasContext
        convertHash
        hashString
        parseDrvName
        placeholder
        fromJSON
        fromTOML
        toFile
        toJSON
        toString
        toXML
        tryEval
        ;
      inherit (self.trivial)
        id
        const
        pipe
        concat
        "or"
        and
        mul
        div
        xor
        bitAnd
        bitOr
        bitXor
        bitNot
        boolToString
        boolToYesNo
        mergeAttrs
        flip
        defaultTo
        mapNullable
        inNixShell
        isFloat
        min
        max
        importJSON
        importTOML
        warn
        warnIf
        warnIfNot
        throwIf
        throwIfNot
        checkListOfEnum
        info
        showWarnings
        nixpkgsVersion
        version
        isInOldestRelease
        oldestSupportedReleaseIsAtLeast
        mod
        compare
        splitByAndCompare
        seq
        deepSeq
        lessThan
        add
        sub
        functionArgs
        setFunctionArgs
        isFunction
        toFunction
        mirrorFunctionArgs
        fromHexString
        toHexString
        toBaseDigits
        inPureEvalMode
        isBool
        isInt
        pathExists
        genericClosure
        readFile
        ceil
        floor
        ;
      inherit (self.fixedPoints)
        fix
        fix'
        converge
        extends
        composeExtensions
        composeManyExtensions
        makeExtensible
        makeExtensibleWithCustomName
        toExtension
        ;
      inherit (self.attrsets)
        attrByPath
        hasAttrByPath
        setAttrByPath
        getAttrFromPath
        attrVals
        attrNames
        attrValues
        getAttrs
        catAttrs
        filterAttrs
        filterAttrsRecursive
        foldlAttrs
        foldAttrs
        collect
        nameValuePair
        mapAttrs
        mapAttrs'
        mapAttrsToList
        attrsToList
        concatMapAttrs
        mapAttrsRecursive
        mapAttrsRecursiveCond
        mapAttrsToListRecursive
        mapAttrsToListRecursiveCond
        genAttrs
        genAttrs'
        isDerivation
        toDerivation
        optionalAttrs
        zipAttrsWithNames
        zipAttrsWith
        zipAttrs
        recursiveUpdateUntil
        recursiveUpdate
        matchAttrs
        mergeAttrsList
        overrideExisting
        showAttrPath
        getOutput
        getFirstOutput
        getBin
        getLib
        getStatic
        getDev
        getInclude
        getMan
        chooseDevOutputs
        recurseIntoAttrs
        dontRecurseIntoAttrs
        cartesianProduct
        mapCartesianProduct
        updateManyAttrsByPath
        listToAttrs
        hasAttr
        getAttr
        isAttrs
        intersectAttrs
        removeAttrs
        ;
      inherit (self.lists)
        singleton
        forEach
        map
        foldr
        fold
        foldl
        foldl'
        imap0
        imap1
        filter
        ifilter0
        concatMap
        flatten
        remove
        findSingle
        findFirst
        any
        all
        count
        optional
        optionals
        toList
        range
        replicate
        partition
        zipListsWith
        zipLists
        reverseList
        listDfs
        toposort
        sort
        sortOn
        naturalSort
        compareLists
        take
        takeEnd
        drop
        dropEnd
        sublist
        last
        init
        crossLists
        unique
        uniqueStrings
        allUnique
        intersectLists
        subtractLists
        mutuallyExclusive
        groupBy
        groupBy'
        concatLists
        genList
        length
        head
        tail
        elem
        elemAt
        isList
        concatAttrValues
        replaceElemAt
        ;
      inherit (self.strings)
        concatStrings
        concatMapStrings
        concatImapStrings
        stringLength
        substring
        isString
        replaceString
        replaceStrings
        intersperse
        concatStringsSep
        concatMapStringsSep
        concatMapAttrsStringSep
        concatImapStringsSep
        concatLines
        makeSearchPath
        makeSearchPathOutput
        makeLibraryPath
        makeIncludePath
        makeBinPath
        optionalString
        hasInfix
        hasPrefix
        hasSuffix
        join
        stringToCharacters
        stringAsChars
        escape
        escapeShellArg
        escapeShellArgs
        isStorePath
        isStringLike
        isValidPosixName
        toShellVar
        toShellVars
        trim
        trimWith
        escapeRegex
        escapeURL
        escapeXML
        lowerChars
        upperChars
        toLower
        toUpper
        toCamelCase
        toSentenceCase
        typeOf
        addContextFrom
        splitString
        splitStringBy
        removePrefix
        removeSuffix
        versionOlder
        versionAtLeast
        getName
        getVersion
        match
        split
        cmakeOptionType
        cmakeBool
        cmakeFeature
        mesonOption
        mesonBool
        mesonEnable
        nameFromURL
        enableFeature
        enableFeatureAs
        withFeature
        withFeatureAs
        fixedWidthString
        fixedWidthNumber
        toInt
        toIntBase10
        fileContents
        appendContext
        unsafeDiscardStringContext
        ;
      inherit (self.stringsWithDeps)
        textClosureList
        textClosureMap
        noDepEntry
        fullDepEntry
        packEntry
        stringAfter
        ;
      inherit (self.customisation)
        overrideDerivation
        makeOverridable
        callPackageWith
        callPackagesWith
        extendDerivation
        hydraJob
        makeScope
        makeScopeWithSplicing
        makeScopeWithSplicing'
        extendMkDerivation
        renameCrossIndexFrom
        renameCrossIndexTo
        mapCrossIndex
        ;
      inherit (self.derivations)
        lazyDerivation
        optionalDrvAttr
        warnOnInstantiate
        addDrvOutputDependencies
        unsafeDiscardOutputDependency
        ;
      inherit (self.generators) mkLuaInline;
      inherit (self.meta)
        addMetaAttrs
        dontDistribute
        setName
        updateName
        appendToName
        mapDerivationAttrset
        setPrio
        lowPrio
        lowPrioSet
        hiPrio
        hiPrioSet
        licensesSpdx
        getLicenseFromSpdxId
        getLicenseFromSpdxIdOr
        getExe
        getExe'
        ;
      inherit (self.filesystem)
        pathType
        pathIsDirectory
        pathIsRegularFile
        baseNameOf
        dirOf
        isPath
        packagesFromDirectoryRecursive
        hashFile
        readDir
        readFileType
        ;
      inherit (self.sources)
        cleanSourceFilter
        cleanSource
        sourceByRegex
        sourceFilesBySuffices
        commitIdFromGitRepo
        cleanSourceWith
        pathHasContext
        canCleanSource
        pathIsGitRepo
        revOrTag
        repoRevToName
        filterSource
        ;
      inherit (self.asserts)
        assertMsg
        assertOneOf
        ;
      inherit (self.debug)
        trace
        traceIf
        traceVal
        traceValFn
        traceSeq
        traceSeqN
        traceValSeq
        traceValSeqFn
        traceValSeqN
        traceValSeqNFn
        traceFnSeqN
        addErrorContext
        unsafeGetAttrPos
        runTests
        testAllTrue
        ;
      inherit (self.versions)
        compareVersions
        splitVersion
        ;
    }
    // pick moduleNames mod.modules
    // pick optionNames mod.options
    // pick typeNames mod.types
    // b.mapAttrs (
      _: v:
      self.trivial.warn "External use of `lib.evalOptionValue` is deprecated. If your use case isn't covered by non-deprecated functions, we'd like to know more and perhaps support your use case well, instead of providing access to these low level functions. In this case please open an issue in https://github.com/nixos/nixpkgs/issues/." v
    ) (pick [ "evalOptionValue" ] mod.modules);

  /**
    `rattrs self`, plus `extend overlay`, which (as in nixpkgs) rebuilds the library with
    `lib.makeExtensible` from the overlaid function.
  */
  extensible =
    rattrs:
    let
      self = rattrs self // {
        /**
          Patch the library with an overlay `final: prev: { ... }`.

          # Type

          ```
          extend :: (AttrSet -> AttrSet -> AttrSet) -> AttrSet
          ```
        */
        extend = overlay: self.fixedPoints.makeExtensible (self.fixedPoints.extends overlay rattrs);
      };
    in
    self;
in
extensible libFor
