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

  format = name: type: {
    inherit type;
    generate = generator name;
  };
in
{
  json = _: format "json" jsonValue;
  yaml = _: format "yaml" yamlValue;
  yaml_1_1 = _: format "yaml_1_1" yamlValue;
  yaml_1_2 = _: format "yaml_1_2" yamlValue;
  toml = _: format "toml" (types.attrsOf tomlValue);
  ini = args: format "ini" (types.attrsOf (types.attrsOf (iniAtom args)));
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
  keyValue = args: format "keyValue" (types.attrsOf (iniAtom args));
}
