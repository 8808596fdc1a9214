# The freeform type at the root of every host evaluation.
#
# Arbor declares only part of NixOS, nix-darwin and Home Manager (see docs/platform.md). Every
# other option path is accepted and merged the way users expect of the real options: attribute
# sets merge attribute by attribute, lists concatenate, equal values merge, and different values
# at the same priority conflict ("has conflicting definition values"). mkIf, mkMerge, mkDefault,
# mkForce and mkBefore/mkAfter work at every level, because every level goes through
# `mergeDefinitions`.
{ lib }:
let
  inherit (lib) types;
  inherit (builtins)
    all
    concatLists
    isAttrs
    isList
    ;

  /**
    Whether `value` is an attribute set to merge name by name (not a derivation or something with an
    `outPath`).
  */
  isPlainSet = value: isAttrs value && !(value ? outPath) && (value.type or null) != "derivation";

  value = types.mkOptionType {
    name = "arborFreeform";
    description = "freeform value (not declared by Arbor)";
    descriptionClass = "noun";
    merge =
      loc: defs:
      if all (def: isPlainSet def.value) defs then
        (types.lazyAttrsOf value).merge loc defs
      else if all (def: isList def.value) defs then
        concatLists (map (def: def.value) defs)
      else
        lib.options.mergeEqualOption loc defs;
  };
in
types.lazyAttrsOf value
