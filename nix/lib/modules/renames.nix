# Modules that move, alias or remove options: the migration helpers NixOS modules use when an
# option changes its name (mkRenamedOptionModule), gets a second name (mkAliasOptionModule) or is
# gone (mkRemovedOptionModule, which fails through an assertion that names the definition).
{
  lib,
  properties,
  options,
  types,
}:
let
  inherit (builtins) head tail foldl' isAttrs;
  inherit (options) mkOption showOption showFiles isOption;
  inherit (properties) mkIf mkMerge mkOverride defaultOverridePriority;

  /**
    `value` nested in attribute sets along `path`.
  */
  setAttrByPath = path: value: if path == [ ] then value else { ${head path} = setAttrByPath (tail path) value; };

  /**
    The value at `path` in `set`, or `default` where the path ends early.
  */
  attrByPath =
    path: default: set:
    if path == [ ] then
      set
    else if isAttrs set && set ? ${head path} then
      attrByPath (tail path) default set.${head path}
    else
      default;

  /**
    The value at `path` in `set`; throws naming the path when it is missing.
  */
  getAttrFromPath =
    path: set:
    attrByPath path (throw "cannot find attribute `${builtins.concatStringsSep "." path}'") set;
in
rec {
  /** Applies the option's definitions to another place, only when it is defined. */
  mkAliasIfDef = option: mkIf (isOption option && option.isDefined);

  /**
    Defines `option`'s definitions, merged and wrapped by `wrap`, when it has any.
  */
  mkAliasAndWrapDefinitions = wrap: option: mkAliasIfDef option (wrap (mkMerge option.definitions));
  mkAliasDefinitions = mkAliasAndWrapDefinitions (x: x);

  /**
    Like mkAliasAndWrapDefinitions, keeping the priority of the definitions.
  */
  mkAliasAndWrapDefsWithPriority =
    wrap: option:
    let
      priority = option.highestPrio or defaultOverridePriority;
    in
    mkAliasIfDef option (wrap (mkMerge (map (mkOverride priority) option.definitions)));

  /** A value derived from an option that keeps the option's priority. */
  mkDerivedConfig = opt: f: mkOverride (opt.highestPrio or defaultOverridePriority) (f opt.value);

  /**
    The general form: option `from` forwards its definitions to `to`; reading `from` gives
    `use (value of to)`.
  */
  doRename =
    {
      from,
      to,
      visible,
      warn,
      use,
      withPriority ? true,
      condition ? true,
    }:
    { config, options, ... }:
    let
      fromOpt = getAttrFromPath from options;
      toOf = attrByPath to (abort "Renaming error: option `${showOption to}' does not exist.");
      toType =
        let
          opt = attrByPath to { } options;
        in
        opt.type or (types.submodule { });
    in
    {
      options = setAttrByPath from (
        mkOption {
          inherit visible;
          description = "Alias of {option}`${showOption to}`.";
          apply = x: use (toOf config);
        }
        // (if toType != null then { type = toType; } else { })
      );
      config = mkIf condition (mkMerge [
        (
          if options ? warnings then
            {
              warnings =
                if warn && fromOpt.isDefined then
                  [ "The option `${showOption from}' defined in ${showFiles fromOpt.files} has been renamed to `${showOption to}'." ]
                else
                  [ ];
            }
          else
            { }
        )
        (
          if withPriority then
            mkAliasAndWrapDefsWithPriority (setAttrByPath to) fromOpt
          else
            mkAliasAndWrapDefinitions (setAttrByPath to) fromOpt
        )
      ]);
    };

  /**
    A module that makes option `from` an alias of `to`, warning whoever still defines `from`.
  */
  mkRenamedOptionModule =
    from: to:
    doRename {
      inherit from to;
      visible = false;
      warn = true;
      use = builtins.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
    };

  /**
    mkRenamedOptionModule with settings: the warning can be left out, and it can say since which
    release.
  */
  mkRenamedOptionModuleWith =
    {
      from,
      to,
      sinceRelease,
    }:
    doRename {
      inherit from to;
      visible = false;
      warn = true;
      use = builtins.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
    };

  /**
    A module that makes option `from` an alias of `to`, without a warning.
  */
  mkAliasOptionModule =
    from: to:
    doRename {
      inherit from to;
      visible = true;
      warn = false;
      use = x: x;
    };

  mkAliasOptionModuleMD = mkAliasOptionModule;

  /**
    A module that declares `optionName` as removed: defining it fails with
    `replacementInstructions`.
  */
  mkRemovedOptionModule =
    optionName: replacementInstructions:
    { options, ... }:
    {
      options = setAttrByPath optionName (mkOption {
        visible = false;
        apply = x: throw "The option `${showOption optionName}' can no longer be used since it's been removed. ${replacementInstructions}";
      });
      config.assertions =
        let
          opt = getAttrFromPath optionName options;
        in
        [
          {
            assertion = !opt.isDefined;
            message = ''
              The option definition `${showOption optionName}' in ${showFiles opt.files} no longer has any effect; please remove it.
              ${replacementInstructions}
            '';
          }
        ];
    };

  /**
    A module that merges the options `from` into option `to`, through `mergeFn`.
  */
  mkMergedOptionModule =
    from: to: mergeFn:
    { config, options, ... }:
    {
      options = foldl' (set: path: lib.recursiveUpdate set (setAttrByPath path (mkOption { visible = false; default = "_mkMergedOptionModule"; }))) { } from;
      config = {
        warnings = builtins.filter (x: x != "") (
          map (
            f:
            let
              val = getAttrFromPath f config;
              opt = getAttrFromPath f options;
            in
            if val != "_mkMergedOptionModule" then
              "The option `${showOption f}' defined in ${showFiles opt.files} has been changed to `${showOption to}' that has a different type. Please read `${showOption to}' documentation and update your configuration accordingly."
            else
              ""
          ) from
        );
      }
      // setAttrByPath to (
        mkMerge (
          if builtins.any (f: (getAttrFromPath f config) != "_mkMergedOptionModule") from then
            [ (mergeFn config) ]
          else
            [ ]
        )
      );
    };

  /**
    A module that replaces option `from` by `to`, whose value is `changeFn` of the old one.
  */
  mkChangedOptionModule =
    from: to: changeFn:
    mkMergedOptionModule [ from ] to changeFn;
}
