# `pkgs.formats`: the settings types modules declare `settings` options with.
#
# In nixpkgs, `pkgs.formats.json { }` returns `{ type; generate; }`: `type` is
# the option type of every value the format can write (used as
# `settings = mkOption { type = format.type; }` or as a freeformType) and
# `generate name value` is a derivation holding the file. The types here are
# the ones nixpkgs documents (what each format accepts, described the same
# way); `generate` returns a placeholder named `name`, since Arbor writes no
# files.
{ lib, made }:
let
  inherit (lib) types;

  /**
    The placeholder a format's `generate` makes: a file `name` holding `value`.
  */
  generator =
    format: name: value:
    made "formats.${format}" {
      inherit name;
      extra.value = value;
    };

  # Values of the JSON data model; YAML and TOML share it (TOML without null).
  jsonValue =
    types.nullOr (
      types.oneOf [
        types.bool
        types.int
        types.float
        types.str
        types.path
        (types.attrsOf jsonValue)
        (types.listOf jsonValue)
      ]
    )
    // {
      description = "JSON value";
    };

  yamlValue = jsonValue // {
    description = "YAML value";
  };

  tomlValue =
    types.oneOf [
      types.bool
      types.int
      types.float
      types.str
      types.path
      (types.attrsOf tomlValue)
      (types.listOf tomlValue)
    ]
    // {
      description = "TOML value";
    };

  # The atoms of INI-like formats, and how a list of them is accepted.
  atom =
    types.nullOr (
      types.oneOf [
        types.bool
        types.int
        types.float
        types.str
      ]
    )
    // {
      description = "atom (null, bool, int, float or string)";
    };

  /**
    The type of one INI value, with nixpkgs' settings for lists (duplicate keys, or one value made
    by `listToValue`).
  */
  iniAtom =
    {
      listsAsDuplicateKeys ? false,
      listToValue ? null,
      ...
    }:
    if listsAsDuplicateKeys then
      types.coercedTo atom lib.singleton (types.listOf atom)
      // {
        description = "atom or list of atoms";
      }
    else if listToValue != null then
      types.coercedTo atom lib.singleton (types.nonEmptyListOf atom)
      // {
        description = "atom or non-empty list of atoms";
      }
    else
      atom;

  /**
    A format as `pkgs.formats.*` returns it: the `type` of its settings and `generate`.
  */
  format = name: type: {
    inherit type;
    generate = generator name;
  };
in
{
  /**
    `pkgs.formats.json`.
  */
  json = _: format "json" jsonValue;

  /**
    `pkgs.formats.yaml`.
  */
  yaml = _: format "yaml" yamlValue;

  /**
    `pkgs.formats.yaml_1_1`.
  */
  yaml_1_1 = _: format "yaml_1_1" yamlValue;

  /**
    `pkgs.formats.yaml_1_2`.
  */
  yaml_1_2 = _: format "yaml_1_2" yamlValue;

  /**
    `pkgs.formats.toml`.
  */
  toml = _: format "toml" (types.attrsOf tomlValue);

  /**
    `pkgs.formats.ini`: sections of keys.
  */
  ini = args: format "ini" (types.attrsOf (types.attrsOf (iniAtom args)));

  /**
    `pkgs.formats.iniWithGlobalSection`: keys before the first section, then sections.
  */
  iniWithGlobalSection =
    args:
    format "iniWithGlobalSection" (
      types.submodule {
        options = {
          sections = lib.mkOption {
            type = types.attrsOf (types.attrsOf (iniAtom args));
            default = { };
            description = "The sections of the INI file.";
          };
          globalSection = lib.mkOption {
            type = types.attrsOf (iniAtom args);
            default = { };
            description = "The keys before the first section.";
          };
        };
      }
    );

  /**
    `pkgs.formats.keyValue`: one `key=value` a line.
  */
  keyValue = args: format "keyValue" (types.attrsOf (iniAtom args));
}
