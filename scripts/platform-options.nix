# Every option Arbor's platform declares (nix/lib/platform), per class.
#
#   options  name, type, default, flags and description of each, from
#            `lib.optionAttrSetToDocList` as nixpkgs' manuals use it: what
#            scripts/gen-platform-docs.ts renders into docs/platform.md
#   entries  the same list made without optionAttrSetToDocList, by walking
#            the option tree with `type.getSubOptions` and rendering defaults
#            with `generators.toPretty`, so that any lib with evalModules can
#            make it: the platform tests compare it, made with Arbor's lib,
#            with `options` made with nixpkgs'.
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

  # A default as optionAttrSetToDocList renders it: literal texts as they
  # are, any other value pretty-printed as a Nix expression.
  renderDefault =
    value:
    if builtins.isAttrs value && value ? _type && value ? text then
      {
        kind = value._type;
        inherit (value) text;
      }
    else
      {
        kind = "literalExpression";
        text = lib.generators.toPretty {
          multiline = true;
          allowPrettyValues = true;
        } value;
      };

  entry =
    option:
    {
      name = lib.showOption option.loc;
      type = option.type.description or "unspecified";
      readOnly = option.readOnly or false;
      internal = option.internal or false;
      visible = (option.visible or true) != false;
      description = option.description or "";
    }
    // lib.optionalAttrs (option ? defaultText || option ? default) {
      default = renderDefault (option.defaultText or option.default);
    };

  walk =
    options:
    builtins.concatMap (option: [ (entry option) ] ++ walk (option.type.getSubOptions option.loc)) (
      lib.collect lib.isOption options
    );
in
{
  options = builtins.mapAttrs (
    _: options: map describe (builtins.filter (o: ours o.name) (lib.optionAttrSetToDocList options))
  ) classes;

  entries = builtins.mapAttrs (_: options: builtins.filter (e: ours e.name) (walk options)) classes;
}
