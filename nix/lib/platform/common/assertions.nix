# `assertions` and `warnings`: how a module reports a problem with the
# configuration it is part of. Every platform has them with the same meaning:
# an assertion whose `assertion` is false stops the build with its `message`;
# a warning is printed and the build goes on. Arbor turns them into
# `assertion-failed` and `module-warning` diagnostics.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options = {
    assertions = mkOption {
      type = types.listOf types.unspecified;
      default = [ ];
      internal = true;
      example = [
        {
          assertion = false;
          message = "you can't enable this for that reason";
        }
      ];
      description = ''
        Conditions that must hold for the configuration to build, each an
        attribute set `{ assertion; message; }`. Modules add to this list; a
        false `assertion` fails the build and shows its `message`.
      '';
    };

    warnings = mkOption {
      type = types.listOf types.str;
      default = [ ];
      internal = true;
      example = [ "The `foo' service is deprecated and will go away soon!" ];
      description = ''
        Messages shown while building the configuration, for things that
        work but probably should not be done.
      '';
    };
  };
}
