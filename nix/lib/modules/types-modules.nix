# Option types, part 3 of 3 (see types.nix): the module types. deferredModule keeps modules
# for a later evaluation; submodule and submoduleWith evaluate their definitions as modules of
# their own (evalModules), so an option can hold a configuration with options of its own.
{
  types,
  properties,
  evalModules,
  showOption,
  phrase,
  nounOrComposite,
  defaultFunctor,
  last,
}:
let
  inherit (builtins)
    isAttrs
    isFunction
    isList
    ;
  inherit (types)
    mkOptionType
    path
    deferredModuleWith
    submoduleWith
    ;
in
{
  deferredModule = deferredModuleWith { };

  /**
    A module (function, attribute set or path) kept for a later evaluation, with `staticModules` in
    front of the definitions.
  */
  deferredModuleWith =
    attrs@{
      staticModules ? [ ],
    }:
    mkOptionType {
      name = "deferredModule";
      description = "module";
      descriptionClass = "noun";
      check = x: isAttrs x || isFunction x || path.check x;
      merge = loc: defs: {
        imports =
          staticModules
          ++ map (def: {
            _file = "${def.file}, via option ${showOption loc}";
            imports = [ def.value ];
          }) defs;
      };
      getSubOptions = prefix: (evalModules { modules = staticModules; inherit prefix; }).options;
      getSubModules = staticModules;
      substSubModules = m: deferredModuleWith (attrs // { staticModules = m; });
      functor = defaultFunctor "deferredModuleWith" // {
        type = deferredModuleWith;
        payload = {
          inherit staticModules;
        };
        binOp = a: b: { staticModules = a.staticModules ++ b.staticModules; };
      };
    };

  /**
    A configuration of its own, declared by `modules`.
  */
  submodule =
    modules:
    submoduleWith {
      shorthandOnlyDefinesConfig = true;
      modules = if isList modules then modules else [ modules ];
    };

  /**
    A configuration of its own: `modules`, `specialArgs`, `shorthandOnlyDefinesConfig`,
    `description` and `class` as evalModules takes them.
  */
  submoduleWith =
    {
      modules,
      specialArgs ? { },
      shorthandOnlyDefinesConfig ? false,
      description ? null,
      class ? null,
    }@attrs:
    let
      # Each definition becomes a module; a plain set is its `config` when the submodule
      # was made with `submodule` (shorthandOnlyDefinesConfig).
      asModules = map (
        def:
        if isAttrs def.value && shorthandOnlyDefinesConfig then
          {
            _file = def.file;
            config = def.value;
          }
        else
          {
            _file = def.file;
            imports = [ def.value ];
          }
      );
      nameDefault = {
        _module.args.name = properties.mkOptionDefault "‹name›";
      };
      evaluate =
        prefix: extra:
        evalModules {
          inherit class specialArgs prefix;
          modules = [ nameDefault ] ++ modules ++ extra;
        };
    in
    mkOptionType {
      name = "submodule";
      # A submodule with a freeform type is "open submodule of <freeform type>" (computed
      # only when read: it evaluates the submodule without definitions).
      description =
        if description != null then
          description
        else
          let
            freeform = (evaluate [ ] [ { _module.check = false; } ])._module.freeformType;
          in
          if freeform ? description then "open submodule of ${phrase nounOrComposite freeform}" else "submodule";
      check = x: isAttrs x || isFunction x || path.check x;
      merge =
        loc: defs:
        (evaluate loc (
          [
            {
              _module.args.name = last loc;
            }
          ]
          ++ asModules defs
        )).config;
      emptyValue = {
        value = { };
      };
      getSubOptions = prefix: (evaluate prefix [ ]).options;
      getSubModules = modules;
      substSubModules = m: submoduleWith (attrs // { modules = m; });
      functor = defaultFunctor "submodule" // {
        type = submoduleWith;
        payload = {
          inherit modules class specialArgs shorthandOnlyDefinesConfig description;
        };
        binOp = a: b: {
          class = if a.class == null then b.class else if b.class == null || a.class == b.class then a.class else throw "A submoduleWith option is declared multiple times with conflicting class values \"${toString a.class}\" and \"${toString b.class}\".";
          modules = a.modules ++ b.modules;
          specialArgs = a.specialArgs // b.specialArgs;
          shorthandOnlyDefinesConfig = a.shorthandOnlyDefinesConfig && b.shorthandOnlyDefinesConfig;
          description = if a.description == null then b.description else a.description;
        };
      };
      nestedTypes = { };
    };
}
