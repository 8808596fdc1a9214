# Collecting modules: every module a configuration is made of, in the order nixpkgs uses.
#
# A module is an attribute set, a function returning one (called with `config`, `options`, `lib`,
# the special arguments and `_module.args`, each passed lazily and only when the function names
# it), or a path to a file holding either. Each is brought to one shape:
#
#   { _file; _class; key; disabledModules; imports; options; config; }
#
# `imports` are followed transitively, breadth-first with `builtins.genericClosure`, and a module
# whose `key` was seen before is dropped (paths use their string as key; anonymous modules get
# `<parent>:anon-<n>`). `disabledModules` then removes modules by key, path or modulesPath-
# relative string. A module that says `_class = "x"` may only be used in an evaluation of
# class x.
{ lib, properties }:
let
  inherit (builtins)
    attrNames
    concatLists
    concatStringsSep
    elem
    filter
    functionArgs
    genericClosure
    isAttrs
    isFunction
    isList
    isPath
    isString
    mapAttrs
    substring
    toJSON
    typeOf
    ;

  # The keys that the explicit form (`options` / `config`) allows beside them.
  explicitKeys = [
    "_class"
    "_file"
    "key"
    "disabledModules"
    "imports"
    "options"
    "config"
    "meta"
    "freeformType"
  ];

  /**
    Adds a module's `meta` to its config, as nixpkgs does for the `meta` of a module.
  */
  addMeta = m: config: if m ? meta then properties.mkMerge [ config { meta = m.meta; } ] else config;

  /**
    Adds a module's `freeformType` to its config as `_module.freeformType`.
  */
  addFreeform =
    m: config:
    if m ? freeformType then
      properties.mkMerge [
        config
        { _module.freeformType = m.freeformType; }
      ]
    else
      config;

  /**
    One module in the common shape.
  */
  unifyModuleSyntax =
    file: key: m:
    let
      common = {
        _file = toString m._file or file;
        _class = m._class or null;
        key = toString m.key or key;
        disabledModules = m.disabledModules or [ ];
      };
    in
    if m ? config || m ? options then
      let
        bad = removeAttrs m explicitKeys;
      in
      if bad != { } then
        throw "Module `${key}' has an unsupported attribute `${builtins.head (attrNames bad)}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (attrNames bad)}) into the explicit `config' attribute."
      else
        common
        // {
          imports = m.imports or [ ];
          options = m.options or { };
          config = addFreeform m (addMeta m (m.config or { }));
        }
    else
      common
      // {
        imports = (m.require or [ ]) ++ (m.imports or [ ]);
        options = { };
        config = addFreeform m (
          removeAttrs m [
            "_class"
            "_file"
            "key"
            "disabledModules"
            "require"
            "imports"
            "freeformType"
          ]
        );
      };

  /**
    Calls a module function with the arguments it names (lazily: an argument is only looked up when
    the module uses it; special arguments first, then `_module.args`).
  */
  applyModuleArgs =
    key: f: args:
    let
      lookup =
        name: _:
        builtins.addErrorContext "while evaluating the module argument `${name}' in \"${key}\":" (
          args.${name} or args.config._module.args.${name}
        );
    in
    f (args // mapAttrs lookup (functionArgs f));

  /**
    Loads one module (a path, a function or an attribute set) into the shape every later step reads,
    with `fallbackFile` and `fallbackKey` when it names neither.
  */
  loadModule =
    args: fallbackFile: fallbackKey: m:
    if isFunction m then
      unifyModuleSyntax fallbackFile fallbackKey (applyModuleArgs fallbackKey m args)
    else if isAttrs m then
      let
        kind = m._type or "module";
      in
      if kind == "module" then
        unifyModuleSyntax fallbackFile fallbackKey m
      else if kind == "if" || kind == "override" then
        loadModule args fallbackFile fallbackKey { config = m; }
      else
        throw "Could not load a value as a module, because it is of type ${toJSON kind}, in file ${toJSON (toString fallbackFile)}."
    else if isList m then
      throw "Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions: ${
        concatStringsSep ", " (map (x: typeOf x) m)
      }"
    else
      let
        file = toString m;
        loaded = import m;
      in
      if isFunction loaded then
        unifyModuleSyntax file file (applyModuleArgs file loaded args)
      else if isAttrs loaded then
        unifyModuleSyntax file file loaded
      else
        throw "module ${file} (${file}) does not look like a module.";

  /**
    `m`, or an error naming both classes when it was written for a class other than the
    configuration's.
  */
  checkClass =
    class: m:
    if class == null || m._class == null || m._class == class then
      m
    else
      throw ''
        The module `${m._file or m.key}` (class: ${toJSON m._class}) cannot be imported into a module evaluation that expects class ${toJSON class}.

        Help:
        - Ensure that you are importing the correct module.
        - Verify that the module's `_class`, ${toJSON m._class} matches the expected `class` ${toJSON class}.
        - If you are using a custom class, make sure it is correctly defined and used consistently across your modules.
      '';

  /**
    The tree of modules under `initial`, each node `{ key; module; modules; }`, and the
    disabledModules found anywhere in it.
  */
  collectStructured =
    class: args: parentFile: parentKey: initial:
    let
      nodes = builtins.genList (
        index:
        let
          n = index + 1;
          x = builtins.elemAt initial index;
        in
        let
          module = checkClass class (loadModule args parentFile "${parentKey}:anon-${toString n}" x);
          children = collectStructured class args module._file module.key module.imports;
        in
        {
          inherit (module) key;
          inherit module;
          modules = children.modules;
          disabled =
            (
              if module.disabledModules != [ ] then
                [
                  {
                    file = module._file;
                    disabled = module.disabledModules;
                  }
                ]
              else
                [ ]
            )
            ++ children.disabled;
        }
      ) (builtins.length initial);
    in
    {
      modules = nodes;
      disabled = concatLists (map (node: node.disabled) nodes);
    };

  /**
    The key a `disabledModules` entry stands for: a path (relative ones under `modulesPath`), a key
    string, or a module's own key.
  */
  disabledKey =
    modulesPath: file: m:
    if isString m && substring 0 1 m != "/" then
      toString modulesPath + "/" + m
    else if isString m then
      m
    else if isPath m then
      toString m
    else if isAttrs m && m ? key then
      toString m.key
    else if isAttrs m then
      throw "Module `${file}` contains a disabledModules item that is an attribute set, presumably a module, that does not have a `key` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a `key` attribute."
    else
      throw "Each disabledModules item must be a path, string, or a attribute set with a key attribute, or a value supported by toString. However, one of the disabledModules items in `${toString file}` is none of that, but is of type ${typeOf m}.";
in
{
  inherit unifyModuleSyntax applyModuleArgs;

  /**
    The modules of a configuration, flattened and de-duplicated, in nixpkgs' order.

    # Type

    ```
    collectModules :: (String | null) -> Path -> [ Module ] -> AttrSet -> [ UnifiedModule ]
    ```
  */
  collectModules =
    class: modulesPath: initial: args:
    let
      tree = collectStructured class args "<unknown-file>" "" initial;
      disabledKeys = concatLists (
        map ({ file, disabled }: map (disabledKey modulesPath file) disabled) tree.disabled
      );
      isDisabled = node: elem node.key disabledKeys;
      keep = filter (node: !(isDisabled node));
      toGraph = node: {
        disabled = isDisabled node;
        inherit (node) key;
        file = node.module._file;
        imports = map toGraph node.modules;
      };
    in
    {
      modules = map (node: node.module) (genericClosure {
        startSet = keep tree.modules;
        operator = node: keep node.modules;
      });
      # The import tree as written (disabled modules marked), as nixpkgs' `graph`.
      graph = map toGraph (filter (node: node.key != "lib/modules.nix") tree.modules);
    };
}
