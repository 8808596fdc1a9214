# Options: declaring them (mkOption and its shorthands) and the helpers every type's merge uses
# to say which option and which files a problem is about (showOption, showFiles, showDefs).
#
# An option is a plain attribute set tagged `_type = "option"`; the module system recognises it by
# that tag when it walks the `options` trees of all modules.
{ lib }:
let
  inherit (builtins)
    all
    any
    attrNames
    concatLists
    concatStringsSep
    elem
    filter
    foldl'
    head
    isAttrs
    isBool
    isFunction
    isInt
    isList
    isString
    length
    match
    tail
    tryEval
    ;

  nixKeywords = [
    "if"
    "then"
    "else"
    "assert"
    "with"
    "let"
    "in"
    "rec"
    "inherit"
    "or"
  ];

  /**
    A string as a Nix string literal ("a\"b").
  */
  quote = s: builtins.toJSON s;

  /**
    An attribute name as Nix would need it written (`a.b`, `"a.b"`).
  */
  escapeAttrName =
    part:
    if match "[a-zA-Z_][a-zA-Z0-9_'-]*" part != null && !(elem part nixKeywords) then part else quote part;

  /**
    A short rendering of a definition's value for messages: lib.generators.toPretty when the lib has
    it, else JSON; nothing when rendering the value itself fails.
  */
  renderValue =
    value:
    let
      pretty = lib.generators.toPretty or null;
      rendered =
        if pretty != null then
          pretty { } (
            if lib.generators ? withRecursion then
              lib.generators.withRecursion {
                depthLimit = 10;
                throwOnDepthLimit = false;
              } value
            else
              value
          )
        else
          builtins.toJSON value;
    in
    tryEval rendered;

  prioritySuggestion = ''
    Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.
  '';
in
rec {
  inherit prioritySuggestion;

  /**
    Declares an option.

    # Inputs

    `default`, `defaultText`, `example`, `description`, `relatedPackages`, `type`, `apply`,
    `internal`, `visible`, `readOnly`: as in nixpkgs' `lib.mkOption`; all optional.

    # Type

    ```
    mkOption :: AttrSet -> Option
    ```

    # Example

    ```nix
    mkOption { type = types.port; default = 22; description = "The SSH port."; }
    ```
  */
  mkOption =
    {
      default ? null,
      defaultText ? null,
      example ? null,
      description ? null,
      relatedPackages ? null,
      type ? null,
      apply ? null,
      internal ? null,
      visible ? null,
      readOnly ? null,
    }@attrs:
    attrs // { _type = "option"; };

  /** Whether a value is an option declaration. */
  isOption = value: isAttrs value && (value._type or null) == "option";

  /**
    A Boolean option that defaults to false, described as "Whether to enable <name>.".
  */
  mkEnableOption =
    name:
    mkOption {
      default = false;
      example = true;
      description = "Whether to enable ${name}.";
      type = lib.types.bool;
    };

  /**
    An option for a package taken from `pkgs` by attribute path, as nixpkgs' `mkPackageOption`.

    # Inputs

    `pkgs`: the package set; `name`: a string or a path (list of strings); then
    `{ nullable ? false, default ? name, example ? null, extraDescription ? "", pkgsText ? "pkgs" }`.
  */
  mkPackageOption =
    pkgs: name:
    {
      nullable ? false,
      default ? name,
      example ? null,
      extraDescription ? "",
      pkgsText ? "pkgs",
    }:
    let
      namePath = if isList name then name else [ name ];
      defaultPath = if isList default then default else if isString default then [ default ] else null;
      shown = path: concatStringsSep "." path;
      defaultValue =
        if defaultPath == null then
          default
        else
          lib.attrByPath defaultPath (throw "${shown defaultPath} cannot be found in ${pkgsText}") pkgs;
    in
    mkOption (
      {
        type = if nullable then lib.types.nullOr lib.types.package else lib.types.package;
        description =
          "The ${builtins.elemAt namePath (length namePath - 1)} package to use."
          + (if extraDescription == "" then "" else " " + extraDescription);
      }
      // (
        if default == null && nullable then
          { default = null; }
        else if default == null then
          { }
        else
          {
            default = defaultValue;
            defaultText = literalExpression (
              "${pkgsText}." + (if defaultPath == null then "<value>" else shown defaultPath)
            );
          }
      )
      // (
        if example == null then
          { }
        else
          {
            example = literalExpression (
              if isList example then "${pkgsText}.${shown example}" else example
            );
          }
      )
    );

  /** An option that accepts any definitions and ignores them (nixpkgs' mkSinkUndeclaredOptions). */
  mkSinkUndeclaredOptions =
    attrs:
    mkOption (
      {
        internal = true;
        visible = false;
        default = false;
        description = "Sink for option definitions.";
        type = lib.types.unspecified // {
          merge = loc: defs: false;
        };
        apply = x: throw "Option value is not readable because the option is not declared.";
      }
      // attrs
    );

  /** Text for documentation: a Nix expression, shown as code. */
  literalExpression =
    text:
    if !isString text then
      throw "literalExpression expects a string."
    else
      {
        _type = "literalExpression";
        inherit text;
      };

  /** Text for documentation: Markdown. */
  literalMD =
    text:
    if !isString text then
      throw "literalMD expects a string."
    else
      {
        _type = "literalMD";
        inherit text;
      };

  /** Kept for old modules: descriptions are Markdown already. */
  mdDoc = text: text;

  /** A value for documentation: kept when it is literalExpression / literalMD, else pretty-printed. */
  renderOptionValue =
    v:
    if isAttrs v && v ? _type && v ? text then
      v
    else
      literalExpression (
        lib.generators.toPretty {
          multiline = true;
          allowPrettyValues = true;
        } v
      );

  /**
    The option tree flattened for documentation: one entry per option (`name`, `loc`,
    `description`, `type`, `default`, `example`, `declarations`, `internal`, `visible`,
    `readOnly`), sub-options of submodules included, as nixpkgs' optionAttrSetToDocList.
  */
  optionAttrSetToDocList = optionAttrSetToDocList' [ ];

  /**
    The documentation entries of `options`, as `optionAttrSetToDocList` lists them.
  */
  optionAttrSetToDocList' =
    _: options:
    let
      collectOptions =
        set: if isOption set then [ set ] else if isAttrs set then builtins.concatMap collectOptions (builtins.attrValues set) else [ ];
    in
    builtins.concatMap (
      opt:
      let
        docOption = {
          inherit (opt) loc;
          name = showOption opt.loc;
          description = opt.description or null;
          declarations = filter (x: x != "<unknown-file>") opt.declarations;
          internal = opt.internal or false;
          visible = if (opt ? visible && opt.visible == "shallow") then true else opt.visible or true;
          readOnly = opt.readOnly or false;
          type = opt.type.description or "unspecified";
        }
        // (if opt ? example then { example = renderOptionValue opt.example; } else { })
        // (if opt ? defaultText || opt ? default then { default = renderOptionValue (opt.defaultText or opt.default); } else { })
        // (if opt ? relatedPackages && opt.relatedPackages != null then { inherit (opt) relatedPackages; } else { });
        subOptions =
          let
            sub = opt.type.getSubOptions opt.loc;
          in
          if sub != { } then optionAttrSetToDocList' opt.loc sub else [ ];
        subOptionsVisible = docOption.visible && (opt.visible or null) != "shallow";
      in
      [ docOption ] ++ (if subOptionsVisible then subOptions else [ ])
    ) (collectOptions options);

  /** The values of a list of definitions. */
  getValues = map (def: def.value);

  /** The files of a list of definitions. */
  getFiles = map (def: def.file);

  /**
    The option path as users write it: `services.openssh.ports`, `users.users."a.b".uid`;
    placeholders like `<name>` and `*` stay as they are.
  */
  showOption =
    parts:
    concatStringsSep "." (
      map (part: if part == "*" || match "<(.*)>" part != null then part else escapeAttrName part) parts
    );

  /** Files as a sentence: `a.nix' and `b.nix'. */
  showFiles = files: concatStringsSep " and " (map (file: "`${file}'") files);

  /** Definitions for an error message: each file, with its value when it renders. */
  showDefs =
    defs:
    concatStringsSep "" (
      map (
        def:
        let
          rendered = renderValue def.value;
          lines = filter (line: !isList line) (builtins.split "\n" rendered.value);
          shownLines = lib.lists.take 5 lines ++ (if length lines > 5 then [ "..." ] else [ ]);
          text = concatStringsSep "\n    " shownLines;
          suffix =
            if !rendered.success then
              ""
            else if length lines > 1 then
              ":\n    " + text
            else
              ": " + text;
        in
        "\n- In `${def.file}'${suffix}"
      ) defs
    );

  /** The merge of types without a better one: single values, or lists/sets/strings combined. */
  mergeDefaultOption =
    loc: defs:
    let
      list = getValues defs;
    in
    if length list == 1 then
      head list
    else if all isFunction list then
      x: mergeDefaultOption loc (map (f: f x) list)
    else if all isList list then
      concatLists list
    else if all isAttrs list then
      foldl' (a: b: a // b) { } list
    else if all isBool list then
      foldl' (a: b: a || b) false list
    else if all isString list then
      concatStringsSep "" list
    else if all isInt list && all (x: x == head list) list then
      head list
    else
      throw "Cannot merge definitions of `${showOption loc}'. Definition values:${showDefs defs}";

  /** Exactly one definition is allowed; `message` says why. */
  mergeUniqueOption =
    {
      message,
      merge ? loc: defs: (head defs).value,
    }:
    loc: defs:
    if length defs == 1 then
      merge loc defs
    else
      throw "The option `${showOption loc}' is defined multiple times while it's expected to be unique.\n${message}\nDefinition values:${showDefs defs}\n${prioritySuggestion}";

  mergeOneOption = mergeUniqueOption { message = ""; };

  /** All definitions must be equal; one definition (even a function) is always fine. */
  mergeEqualOption =
    loc: defs:
    if defs == [ ] then
      abort "This case should never happen."
    else if length defs == 1 then
      (head defs).value
    else
      (foldl' (
        first: def:
        if def.value != first.value then
          throw "The option `${showOption loc}' has conflicting definition values:${
            showDefs [
              first
              def
            ]
          }\n${prioritySuggestion}"
        else
          first
      ) (head defs) (tail defs)).value;

  inherit escapeAttrName;
}
