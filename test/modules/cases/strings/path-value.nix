# A path value passes through unchanged (printed by its name only).
lib:
let
  value =
    (lib.evalModules {
      modules = [
        { options.file = lib.mkOption { type = lib.types.path; }; }
        { file = ./path-value.nix; }
      ];
    }).config.file;
in
{
  isPath = builtins.isPath value;
  name = baseNameOf value;
}
