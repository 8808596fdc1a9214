# Command lines from attribute sets: each attribute becomes an option, booleans become flags,
# lists repeat the option. Mirrors the `cli` family of nixpkgs' lib, including the deprecated
# GNU-style variants (which warn, as in nixpkgs 25.11 and later).
{ lib }:
let
  b = builtins;
  defaultFormat = lib.generators.mkValueStringDefault { };
in
{
  /**
    Deprecated: shell-escaped `toGNUCommandLine`.

    # Type

    ```
    toGNUCommandLineShell :: AttrSet -> AttrSet -> string
    ```
  */
  toGNUCommandLineShell =
    lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2511)
      "lib.cli.toGNUCommandLineShell is deprecated, please use lib.cli.toCommandLineShell or lib.cli.toCommandLineShellGNU instead."
      (options: attrs: lib.strings.escapeShellArgs (lib.cli.toGNUCommandLine options attrs));

  /**
    Deprecated: GNU-style arguments (`-k v` for one-letter keys, `--key v` otherwise).

    # Type

    ```
    toGNUCommandLine :: AttrSet -> AttrSet -> [string]
    ```
  */
  toGNUCommandLine =
    lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2511)
      "lib.cli.toGNUCommandLine is deprecated, please use lib.cli.toCommandLine or lib.cli.toCommandLineShellGNU instead."
      (
        {
          mkOptionName ? k: if b.stringLength k == 1 then "-${k}" else "--${k}",
          mkBool ? k: v: lib.lists.optional v (mkOptionName k),
          mkList ? k: v: b.concatMap (mkOption k) v,
          mkOption ?
            k: v:
            if v == null then
              [ ]
            else if optionValueSeparator == null then
              [
                (mkOptionName k)
                (defaultFormat v)
              ]
            else
              [ "${mkOptionName k}${optionValueSeparator}${defaultFormat v}" ],
          optionValueSeparator ? null,
        }:
        options:
        b.concatLists (
          lib.attrsets.mapAttrsToList (
            k: v:
            if b.isBool v then
              mkBool k v
            else if b.isList v then
              mkList k v
            else
              mkOption k v
          ) options
        )
      );

  /**
    Shell-escaped `toCommandLineGNU`.

    # Type

    ```
    toCommandLineShellGNU :: AttrSet -> AttrSet -> string
    ```
  */
  toCommandLineShellGNU =
    options: attrs: lib.strings.escapeShellArgs (lib.cli.toCommandLineGNU options attrs);

  /**
    GNU-style arguments: `--long=value`, `-sVALUE`, flags for `true`.

    # Type

    ```
    toCommandLineGNU :: AttrSet -> AttrSet -> [string]
    ```
  */
  toCommandLineGNU =
    {
      isLong ? optionName: b.stringLength optionName > 1,
      explicitBool ? false,
      formatArg ? defaultFormat,
    }:
    lib.cli.toCommandLine (
      optionName:
      let
        long = isLong optionName;
      in
      {
        option = if long then "--${optionName}" else "-${optionName}";
        sep = if long then "=" else "";
        inherit explicitBool formatArg;
      }
    );

  /**
    Shell-escaped `toCommandLine`.

    # Type

    ```
    toCommandLineShell :: (string -> AttrSet) -> AttrSet -> string
    ```
  */
  toCommandLineShell =
    optionFormat: attrs: lib.strings.escapeShellArgs (lib.cli.toCommandLine optionFormat attrs);

  /**
    Arguments from attributes, formatted by `optionFormat name` =
    `{ option; sep; explicitBool; formatArg ? ...; }` (`sep = null`: value as its own argument).

    # Type

    ```
    toCommandLine :: (string -> AttrSet) -> AttrSet -> [string]
    ```
  */
  toCommandLine =
    optionFormat: attrs:
    let
      render =
        {
          option,
          sep,
          explicitBool,
          formatArg ? defaultFormat,
        }:
        v:
        if v == null || (!explicitBool && v == false) then
          [ ]
        else if !explicitBool && v == true then
          [ option ]
        else if sep != null then
          [ "${option}${sep}${formatArg v}" ]
        else
          [
            option
            (formatArg v)
          ];
      pair =
        k: v:
        if k == "" then
          throw "lib.cli.toCommandLine only accepts non-empty option names."
        else if b.isList v then
          b.concatMap (render (optionFormat k)) v
        else
          render (optionFormat k) v;
    in
    b.concatLists (lib.attrsets.mapAttrsToList pair attrs);
}
