# evalModules: a configuration from a list of modules.
#
#   evalModules { modules; specialArgs ? { }; prefix ? [ ]; class ? null; }
#   → { _type = "configuration"; config; options; _module; extendModules; type; class; }
#
# The configuration is a fixpoint: every module sees the final `config` and `options`, which
# are built from every module. `_module.args` (lazy), `_module.check`, `_module.freeformType` and
# `_module.specialArgs` are declared by an internal module, as in nixpkgs. With `_module.check`
# on and no freeform type, a definition nothing declares is an error ("does not exist") as soon
# as `config` is read.
{
  lib,
  properties,
  options,
  collect,
  merge,
  types,
}:
let
  inherit (builtins)
    attrNames
    concatStringsSep
    filter
    head
    isAttrs
    length
    mapAttrs
    seq
    ;
  inherit (options) isOption mkOption showOption showDefs;

  /**
    `value` nested in attribute sets along `path`.
  */
  setAttrByPath =
    path: value:
    if path == [ ] then value else { ${head path} = setAttrByPath (builtins.tail path) value; };

  /**
    The configuration values of an option tree.
  */
  valuesOf = tree: mapAttrs (_: node: if isOption node then node.value else valuesOf node) tree;

  /**
    lhs updated with rhs, recursing where both are attribute sets (as lib.recursiveUpdate).
  */
  recursiveUpdate =
    lhs: rhs:
    lhs
    // mapAttrs (
      name: value: if lhs ? ${name} && isAttrs lhs.${name} && isAttrs value then recursiveUpdate lhs.${name} value else value
    ) rhs;

  /**
    The list in reverse order.
  */
  reverseList = list: builtins.genList (i: builtins.elemAt list (length list - 1 - i)) (length list);

  /**
    Every element but the last.
  */
  initList = list: builtins.genList (builtins.elemAt list) (length list - 1);

  /**
    The last element.
  */
  lastOf = list: builtins.elemAt list (length list - 1);

  /**
    The value at `path` in `set`, or `{ }` where the path ends early.
  */
  getPath = path: set: builtins.foldl' (s: name: if isAttrs s && s ? ${name} then s.${name} else { }) set path;

  /**
    Closest names for "Did you mean …?": edit distance at most 2, as nixpkgs suggests.
  */
  suggestionsFor =
    name: candidates:
    let
      near = lib.strings.levenshteinAtMost or null;
      close = if near == null then [ ] else filter (near 2 name) candidates;
    in
    builtins.genList (builtins.elemAt close) (if length close > 3 then 3 else length close);

  /**
    evalModules, plus what Arbor's host evaluation needs and nixpkgs' API does not have: the
    definitions the freeform type received (for option-unknown).
  */
  evalModulesWithUnmatched =
    evalArgs@{
      modules,
      prefix ? [ ],
      args ? { },
      check ? true,
      specialArgs ? { },
      class ? null,
    }:
    let
      internalModule = {
        _file = "lib/modules.nix";
        key = "lib/modules.nix";
        options._module.args = mkOption {
          type = types.lazyAttrsOf types.raw;
          internal = true;
          description = "Additional arguments passed to each module in addition to ones like `lib`, `config`, and `pkgs`, `modulesPath`.";
        };
        options._module.check = mkOption {
          type = types.bool;
          internal = true;
          default = true;
          description = "Whether to check whether all option definitions have matching declarations.";
        };
        options._module.freeformType = mkOption {
          type = types.nullOr types.optionType;
          internal = true;
          default = null;
          description = "If set, merge all definitions that don't have an associated option together using this type.";
        };
        options._module.specialArgs = mkOption {
          readOnly = true;
          internal = true;
          description = "Externally provided module arguments that can't be modified from within a configuration, but can be used in module imports.";
        };
        config._module.args = {
          inherit extendModules;
          moduleType = type;
        };
        config._module.specialArgs = specialArgs;
      };

      legacyModules =
        (if args != { } then [ { config._module.args = args; } ] else [ ])
        ++ (if !check then [ { config._module.check = properties.mkDefault false; } ] else [ ]);

      regularModules = modules ++ legacyModules;

      collection = collect.collectModules class (specialArgs.modulesPath or "") (regularModules ++ [ internalModule ]) (
        {
          inherit lib options specialArgs;
          _class = class;
          _prefix = prefix;
          config = builtins.addErrorContext "if you get an infinite recursion here, you probably reference `config` in `imports`. If you are trying to achieve a conditional import behavior dependent on `config`, consider importing unconditionally, and using `mkEnableOption` and `mkIf` to control its effect." config;
        }
        // specialArgs
      );

      # nixpkgs merges the collected modules in reverse order; definitions follow it.
      ordered = reverseList collection.modules;

      merged = merge.mergeModules' types prefix ordered (
        builtins.concatMap (
          m:
          map (part: {
            file = m._file;
            config = part.set;
            positions = part.positions;
          }) (properties.pushDownProperties m.config)
        ) ordered
      );

      options = merged.matchedOptions;

      declaredConfig = valuesOf options;
      freeformType = declaredConfig._module.freeformType;
      freeformConfig =
        if freeformType == null then
          { }
        else
          freeformType.merge prefix (
            map (def: {
              inherit (def) file;
              value = setAttrByPath def.prefix def.value;
            }) merged.unmatchedDefns
          );
      config = if freeformType == null then declaredConfig else recursiveUpdate freeformConfig declaredConfig;

      checkUnmatched =
        if declaredConfig._module.check && freeformType == null && merged.unmatchedDefns != [ ] then
          let
            first = head merged.unmatchedDefns;
            loc = prefix ++ first.prefix;
            parentLoc = initList first.prefix;
            parent = getPath parentLoc options;
            candidates = if isAttrs parent then attrNames parent else [ ];
            suggestions = suggestionsFor (lastOf first.prefix) (filter (n: n != "_module") candidates);
            absParent = prefix ++ parentLoc;
            suggestion =
              if suggestions == [ ] then
                ""
              else if length suggestions == 1 then
                "\n\nDid you mean `${showOption (absParent ++ [ (head suggestions) ])}'?"
              else
                "\n\nDid you mean ${concatStringsSep ", " (map (s: "`${showOption (absParent ++ [ s ])}'") suggestions)}?";
            baseMsg = "The option `${showOption loc}' does not exist. Definition values:${showDefs [ first ]}${suggestion}";
          in
          if attrNames options == [ "_module" ] then
            if showOption prefix == "" then
              throw ''
                ${baseMsg}

                It seems as if you're trying to declare an option by placing it into `config' rather than `options'!
              ''
            else
              throw ''
                ${baseMsg}

                However there are no options defined in `${showOption prefix}'. Are you sure you've
                declared your options properly? This can happen if you e.g. declared your options in `types.submodule'
                under `config' rather than `options'.
              ''
          else
            throw baseMsg
        else
          null;

      checked = seq checkUnmatched;

      extendModules =
        extendArgs@{
          modules ? [ ],
          specialArgs ? { },
          prefix ? [ ],
        }:
        evalModules (
          evalArgs
          // {
            inherit class;
            modules = regularModules ++ modules;
            specialArgs = evalArgs.specialArgs or { } // specialArgs;
            prefix = extendArgs.prefix or evalArgs.prefix or [ ];
          }
        );

      type = types.submoduleWith {
        inherit modules specialArgs class;
      };
    in
    {
      result = {
        _type = "configuration";
        options = checked options;
        config = checked (removeAttrs config [ "_module" ]);
        _module = checked config._module;
        inherit (collection) graph;
        inherit extendModules type class;
      };
      unmatchedDefinitions = merged.unmatchedDefns;
    };

  /**
    Evaluates a list of modules into `config`, `options` and the rest of nixpkgs' result; every
    definition must match an option (or the freeform type).
  */
  evalModules = args: (evalModulesWithUnmatched args).result;
in
{
  inherit evalModules evalModulesWithUnmatched;
}
