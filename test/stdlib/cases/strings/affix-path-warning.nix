# Passing a path as the prefix/suffix warns (and never matches).
lib:
{
  prefix = lib.hasPrefix ./split.nix "/x";
  suffix = lib.removeSuffix ./split.nix "/x";
}
