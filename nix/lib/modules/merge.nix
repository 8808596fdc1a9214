# Merging: from the collected modules to the option tree and the configuration.
#
# At every level of the option tree the declarations (`options`) and definitions (`config`) of
# all modules are zipped by attribute name. A name whose declarations are options becomes an
# option, evaluated from its definitions (`evalOptionValue`); a name with only nested
# declarations is merged one level down; a definition nothing declares is "unmatched" and goes
# to the evaluation's freeform type, or is reported as "does not exist".
#
# Everything stays lazy: the tree's shape comes from attribute names only, and an option's value
# is computed when it is read. mkIf / mkMerge / mkOverride around whole sets are pushed onto
# their attributes without forcing conditions, so a module may make its own definitions depend
# on `config`.
#
# Arbor keeps one thing nixpkgs does not: the position (`pos`, from unsafeGetAttrPos) of every
# definition, so diagnostics can point at file:line:column. It is kept out of the records nixpkgs
# exposes (`definitionsWithLocations`) and offered as `definitionsWithPositions`.
{
  lib,
  properties,
  options,
}:
let
  inherit (builtins)
    all
    attrNames
    concatLists
    concatMap
    filter
    foldl'
    head
    isAttrs
    length
    mapAttrs
    typeOf
    unsafeGetAttrPos
    zipAttrsWith
    ;
  inherit (properties) pushDownProperties dischargeProperties filterOverrides' sortProperties hasOrder;
  inherit (options)
    isOption
    showOption
    showFiles
    showDefs
    ;

  /**
    `set` when `cond` holds, else `{ }`.
  */
  optionalAttrs = cond: set: if cond then set else { };

  /**
    The public record of a definition, as nixpkgs has it (no position).
  */
  publicDefinition =
    def:
    {
      inherit (def) file value;
    }
    // optionalAttrs (def ? priority) { inherit (def) priority; };

  /**
    Several declarations of one option become one; they may not both set default, example,
    description or apply, and their types must merge.
  */
  mergeOptionDecls =
    loc: decls:
    if length decls == 1 then
      # The common case: one declaration, nothing to merge.
      let
        decl = head decls;
      in
      decl.options
      // {
        inherit loc;
        declarations = [ decl._file ];
        declarationPositions = [
          (
            if decl.pos != null then
              decl.pos // { file = decl._file; }
            else
              {
                file = decl._file;
                line = null;
                column = null;
              }
          )
        ];
      }
    else
    foldl' (
      res: decl:
      let
        opt = decl.options;
        bothHave = name: opt ? ${name} && res ? ${name};
        mergedType = if bothHave "type" then res.type.typeMerge opt.type.functor else null;
      in
      if
        bothHave "default"
        || bothHave "example"
        || bothHave "description"
        || bothHave "apply"
        || (bothHave "type" && mergedType == null)
      then
        throw "The option `${showOption loc}' in `${decl._file}' is already declared in ${showFiles res.declarations}."
      else
        opt
        // res
        // {
          declarations = res.declarations ++ [ decl._file ];
          declarationPositions =
            res.declarationPositions
            ++ (
              if decl.pos != null then
                [ (decl.pos // { file = decl._file; }) ]
              else
                [
                  {
                    file = decl._file;
                    line = null;
                    column = null;
                  }
                ]
            );
        }
        // optionalAttrs (bothHave "type") { type = mergedType; }
    ) {
      inherit loc;
      declarations = [ ];
      declarationPositions = [ ];
    } decls;

  /**
    The option declaration `opt` with a type, `types.unspecified` when it declares none.
  */
  fixupOptionType = types: opt: opt // { type = opt.type or types.unspecified; };
in
rec {
  inherit publicDefinition;

  /**
    The definitions of an option after mkMerge / mkIf, priorities and ordering, with the best
    priority found, whether anything is defined, and the merged value (which throws on a type
    error or when nothing is defined).
  */
  mergeDefinitions =
    loc: type: defs:
    rec {
      defsFinal' =
        let
          # One definition (most options have only their default): the same result as `general`
          # without building and folding lists.
          single =
            def:
            let
              value = def.value;
              kind = builtins.addErrorContext "while evaluating definitions from `${def.file}':" (value._type or null);
              plain = {
                inherit (def) file;
                pos = def.pos or null;
              };
              unwrapped = if kind == "override" then plain // { value = value.content; } else plain // { inherit value; };
            in
            if kind == "merge" || kind == "if" || kind == "definition" then
              general
            else
              {
                highestPrio = if kind == "override" then value.priority else properties.defaultOverridePriority;
                values = if hasOrder [ unwrapped ] then sortProperties [ unwrapped ] else [ unwrapped ];
              };

          general =
            let
              discharged = concatMap (
                def:
                map (
                  value:
                  if (value._type or null) == "definition" then
                    value
                  else
                    {
                      inherit (def) file;
                      pos = def.pos or null;
                      inherit value;
                    }
                ) (builtins.addErrorContext "while evaluating definitions from `${def.file}':" (dischargeProperties def.value))
              ) defs;
              filtered = filterOverrides' discharged;
            in
            {
              inherit (filtered) highestPrio;
              values = if hasOrder filtered.values then sortProperties filtered.values else filtered.values;
            };
        in
        if length defs == 1 then single (head defs) else general;
      defsFinal = defsFinal'.values;
      isDefined = defsFinal != [ ];
      mergedValue =
        if isDefined then
          if all (def: type.check def.value) defsFinal then
            type.merge loc defsFinal
          else
            let
              invalid = filter (def: !type.check def.value) defsFinal;
            in
            throw "A definition for option `${showOption loc}' is not of type `${type.description}'. Definition values:${showDefs invalid}"
        else if type.emptyValue ? value then
          type.emptyValue.value
        else
          throw "The option `${showOption loc}' was accessed but has no value defined. Try setting the option.";
      optionalValue = if isDefined then { value = mergedValue; } else { };
    };

  /** An option's declaration together with its definitions: the option as `options.<loc>` shows it. */
  evalOptionValue =
    loc: opt: defs:
    let
      defsWithDefault =
        (
          if opt ? default then
            [
              {
                file = head opt.declarations;
                pos = null;
                value = properties.mkOptionDefault opt.default;
              }
            ]
          else
            [ ]
        )
        ++ defs;
      res =
        if opt.readOnly or false && length defsWithDefault > 1 then
          let
            separate = map (def: def // { value = (mergeDefinitions loc opt.type [ def ]).mergedValue; }) defsWithDefault;
          in
          throw "The option `${showOption loc}' is read-only, but it's set multiple times. Definition values:${showDefs separate}"
        else
          mergeDefinitions loc opt.type defsWithDefault;
      value = if opt ? apply then opt.apply res.mergedValue else res.mergedValue;
    in
    opt
    // {
      value = builtins.addErrorContext "while evaluating the option `${showOption loc}':" value;
      inherit (res.defsFinal') highestPrio;
      definitions = map (def: def.value) res.defsFinal;
      files = map (def: def.file) res.defsFinal;
      definitionsWithLocations = map publicDefinition res.defsFinal;
      definitionsWithPositions = res.defsFinal;
      # Arbor: the files of the definitions as written, before mkIf, mkMerge and priorities are
      # resolved; reading it forces no definition (the check walk skips options the project
      # never defines).
      rawDefinitionFiles = map (def: def.file) defs;
      inherit (res) isDefined;
      __toString = _: showOption loc;
    };

  /**
    One level of the option tree: `modules` are `{ _file; options; }` (declarations under this
    prefix), `configs` are `{ file; config; positions; }` (definitions under it, pushed down).
    Returns `{ matchedOptions; unmatchedDefns; }`: the options (a tree) and the definitions that
    no declaration matched, each with the `prefix` (relative to this level) where it left the
    tree.
  */
  mergeModules' =
    types: prefix: modules: configs:
    let
      declsByName = zipAttrsWith (_: concatLists) (
        map (
          module:
          let
            subtree = module.options;
          in
          if !(isAttrs subtree) then
            throw ''
              An option declaration for `${builtins.concatStringsSep "." prefix}' has type
              `${typeOf subtree}' rather than an attribute set.
              Did you mean to define this outside of `options'?
            ''
          else
            mapAttrs (name: option: [
              {
                inherit (module) _file;
                pos = unsafeGetAttrPos name subtree;
                options = option;
              }
            ]) subtree
        ) modules
      );

      checkedConfigs = map (
        c:
        if isAttrs c.config then
          c
        else
          throw ''
            In module `${c.file}', you're trying to define a value of type `${typeOf c.config}'
            rather than an attribute set for the option
            `${builtins.concatStringsSep "." prefix}'!

            This usually happens if `${builtins.concatStringsSep "." prefix}' has option
            definitions inside that are not matched. Please check how to properly define
            this option by e.g. referring to `man 5 configuration.nix'!
          ''
      ) configs;

      # Definitions by name, as written (for options) …
      rawDefsByName = zipAttrsWith (_: concatLists) (
        map (
          c:
          mapAttrs (name: value: [
            {
              inherit (c) file;
              pos = unsafeGetAttrPos name c.positions;
              inherit value;
            }
          ]) c.config
        ) checkedConfigs
      );

      # … and pushed down one more level (for nested declarations).
      pushedDefs =
        name:
        concatMap (
          def:
          map (part: {
            inherit (def) file;
            config = part.set;
            positions = part.positions;
          }) (pushDownProperties def.value)
        ) (rawDefsByName.${name} or [ ]);

      resultsByName = mapAttrs (
        name: decls:
        let
          loc = prefix ++ [ name ];
          optionDecls = filter (decl: isOption decl.options) decls;
        in
        if length optionDecls == length decls then
          {
            matchedOptions = evalOptionValue loc (fixupOptionType types (mergeOptionDecls loc decls)) (
              rawDefsByName.${name} or [ ]
            );
            unmatchedDefns = [ ];
          }
        else if optionDecls != [ ] && all (decl: (decl.options.type.name or null) == "submodule") optionDecls then
          # Options declared below an option of submodule type join that submodule.
          let
            asSubmodule =
              decl:
              if isOption decl.options then
                decl
              else
                decl
                // {
                  options = options.mkOption {
                    type = types.submoduleWith {
                      modules = [ { options = decl.options; } ];
                      shorthandOnlyDefinesConfig = true;
                    };
                  };
                };
          in
          {
            matchedOptions = evalOptionValue loc (fixupOptionType types (mergeOptionDecls loc (map asSubmodule decls))) (
              rawDefsByName.${name} or [ ]
            );
            unmatchedDefns = [ ];
          }
        else if optionDecls != [ ] then
          let
            firstOption = head optionDecls;
            firstNonOption = head (filter (decl: !(isOption decl.options)) decls);
            nested = attrNames firstNonOption.options;
          in
          throw "The option `${showOption loc}' in module `${firstOption._file}' would be a parent of the following options, but its type `${
            firstOption.options.type.description or "<no description>"
          }' does not support nested options.\n${
            builtins.concatStringsSep "\n" (map (n: "- option(s) with prefix `${showOption (loc ++ [ n ])}' in module `${firstNonOption._file}'") nested)
          }"
        else
          mergeModules' types loc (map (decl: {
            inherit (decl) _file;
            options = decl.options;
          }) decls) (pushedDefs name)
      ) declsByName;

      matchedOptions = mapAttrs (_: result: result.matchedOptions) resultsByName;

      unmatchedHere = concatLists (
        map (name: map (def: def // { prefix = [ name ]; }) rawDefsByName.${name}) (
          filter (name: !(declsByName ? ${name})) (attrNames rawDefsByName)
        )
      );
      unmatchedBelow = concatLists (
        map (
          name: map (def: def // { prefix = [ name ] ++ def.prefix; }) resultsByName.${name}.unmatchedDefns
        ) (attrNames resultsByName)
      );
    in
    {
      inherit matchedOptions;
      unmatchedDefns = unmatchedHere ++ unmatchedBelow;
    };
}
