# Importing lib and reading its attribute names evaluates no family; lib.extend keeps that.
lib:
let
  extended = lib.extend (final: prev: { strings = throw "never forced"; });
in
{
  names = builtins.length (builtins.attrNames extended) > 300;
  lists = extended.lists.take 1 [ 1 2 ];
  hasStrings = extended ? strings;
}
