# Every option Arbor's platform declares (nix/lib/platform), per class.
#
#   options  name, type, default, flags and description of each, from
#            `lib.optionAttrSetToDocList` as nixpkgs' manuals use it: what
#            scripts/gen-platform-docs.ts renders into docs/platform.md
#   names    the option names only, found by walking the option tree with
#            `type.getSubOptions` (so any lib with evalModules can list them:
#            the platform tests compare them with the documented list)
#
#   nix-instantiate --eval --strict --json -E \
#     '(import ./scripts/platform-options.nix { lib = import <nixpkgs/lib>; }).options'
{ lib }:
let
  platform = import ../nix/lib/platform { inherit lib; };

  # Evaluated without a freeform root, so only declarations are listed. The
  # few definitions make defaults that read other options renderable.
  optionsOf =
    system: modules: settings:
    (lib.evalModules {
      modules = modules ++ [
        { _module.args.pkgs = platform.pkgsFor { inherit system; }; }
        settings
      ];
    }).options;

  classes = {
    nixos = optionsOf "x86_64-linux" platform.nixos { nixpkgs.hostPlatform = "x86_64-linux"; };
    darwin = optionsOf "aarch64-darwin" platform.darwin { nixpkgs.hostPlatform = "aarch64-darwin"; };
    homeManager = optionsOf "x86_64-linux" platform.homeManager {
      home.username = "user";
      home.homeDirectory = "/home/user";
    };
  };

  # The module system's own options (`_module.args`, and those of every
  # submodule) are not the platform's.
  ours = name: !(lib.hasPrefix "_module." name || lib.hasInfix "._module." name);

  describe =
    option:
    {
      inherit (option)
        name
        type
        readOnly
        internal
        ;
      visible = option.visible != false;
      description = option.description or "";
    }
    // lib.optionalAttrs (option ? default) {
      default = {
        kind = option.default._type;
        inherit (option.default) text;
      };
    };

  walk =
    options:
    builtins.concatMap (
      option: [ (lib.showOption option.loc) ] ++ walk (option.type.getSubOptions option.loc)
    ) (lib.collect lib.isOption options);
in
{
  options = builtins.mapAttrs (
    _: options: map describe (builtins.filter (o: ours o.name) (lib.optionAttrSetToDocList options))
  ) classes;

  names = builtins.mapAttrs (_: options: builtins.filter ours (walk options)) classes;
}
