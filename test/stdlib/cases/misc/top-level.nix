# The top-level names of lib and the families it has, as in nixpkgs (names only, minus the
# families and names Arbor leaves out on purpose: the module system is checked separately).
lib:
let
  moduleFamilies = [ "modules" "options" "types" ];
  skipped = [ "fetchers" "fileset" "gvariant" "misc" "network" "flakes" "evalOptionValue" ];
  fromModules = builtins.attrNames (lib.modules // lib.options // lib.types);
  families = [ "trivial" "lists" "strings" "attrsets" "fixedPoints" "customisation" "derivations" "meta" "versions" "asserts" "debug" "generators" "cli" "filesystem" "sources" "stringsWithDeps" "kernel" "sourceTypes" ];
  miscNames = [ "maybeEnv" "defaultMergeArg" "defaultMerge" "foldArgs" "maybeAttrNullable" "maybeAttr" "ifEnable" "checkFlag" "getValue" "checkReqs" "uniqList" "uniqListExt" "condConcat" "lazyGenericClosure" "innerModifySumArgs" "modifySumArgs" "innerClosePropagation" "closePropagation" "nvs" "setAttr" "setAttrMerge" "mergeAttrsWithFunc" "mergeAttrsConcatenateValues" "mergeAttrsNoOverride" "mergeAttrByFunc" "mergeAttrsByFuncDefaults" "mergeAttrsByFuncDefaultsClean" "mergeAttrBy" "fakeHash" "fakeSha256" "fakeSha512" "nixType" "imap" "mkEUI64Suffix" "parseFlakeRef" "flakeRefToString" ];
  # Names re-exported from the module system (checked by the module corpus, not here).
  moduleReexports = [ "evalModules" "setDefaultModuleLocation" "unifyModuleSyntax" "applyModuleArgsIfFunction" "mergeModules" "mergeModules'" "mergeOptionDecls" "mergeDefinitions" "pushDownProperties" "dischargeProperties" "filterOverrides" "sortProperties" "fixupOptionType" "mkIf" "mkAssert" "mkDefinition" "mkMerge" "mkOverride" "mkOptionDefault" "mkDefault" "mkImageMediaOverride" "mkForce" "mkVMOverride" "mkFixStrictness" "mkOrder" "mkBefore" "mkAfter" "mkAliasDefinitions" "mkAliasAndWrapDefinitions" "fixMergeModules" "mkRemovedOptionModule" "mkRenamedOptionModule" "mkRenamedOptionModuleWith" "mkMergedOptionModule" "mkChangedOptionModule" "mkAliasOptionModule" "mkDerivedConfig" "doRename" "mkAliasOptionModuleMD" "isOption" "mkEnableOption" "mkSinkUndeclaredOptions" "mergeDefaultOption" "mergeOneOption" "mergeEqualOption" "mergeUniqueOption" "getValues" "getFiles" "optionAttrSetToDocList" "optionAttrSetToDocList'" "scrubOptionValue" "literalExpression" "showOption" "showOptionWithDefLocs" "showFiles" "unknownModule" "mkOption" "mkPackageOption" "literalMD" "isType" "setType" "defaultTypeMerge" "defaultFunctor" "isOptionType" "mkOptionType" ];
  topLevel = builtins.filter (n: !(builtins.elem n (skipped ++ miscNames ++ moduleReexports))) (builtins.attrNames lib);
in
{
  inherit topLevel;
  # lib.gvariant (and the dconf generators built on it) is not in Arbor's lib.
  families = lib.genAttrs families (f: builtins.filter (n: !(builtins.elem n [ "mkDconfKeyValue" "toDconfINI" ])) (builtins.attrNames lib.${f}));
  path = builtins.attrNames lib.path;
  subpath = builtins.attrNames lib.path.subpath;
  systems = builtins.filter (n: builtins.elem n [ "doubles" "elaborate" "equals" "flakeExposed" ]) (builtins.attrNames lib.systems);
}
