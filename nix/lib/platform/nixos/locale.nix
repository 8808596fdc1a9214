# Time zone, locale and console on NixOS: `time.*`, `i18n.*`, `console.*`.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options = {
    time.timeZone = mkOption {
      type = types.nullOr (types.addCheck types.str (s: !lib.hasInfix " " s));
      default = null;
      example = "Europe/Berlin";
      description = "The time zone, as a tz database name; `null` lets it be set at run time.";
    };

    time.hardwareClockInLocalTime = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the hardware clock keeps local time instead of UTC (for dual-booting Windows).";
    };

    i18n.defaultLocale = mkOption {
      type = types.str;
      default = "en_US.UTF-8";
      example = "de_DE.UTF-8";
      description = "The locale of the system: language, formats, character set.";
    };

    i18n.extraLocaleSettings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        LC_TIME = "de_DE.UTF-8";
      };
      description = "Locale categories (`LC_*`) that differ from `defaultLocale`.";
    };

    i18n.supportedLocales = mkOption {
      type = types.listOf types.str;
      default = lib.unique (
        [ "C.UTF-8/UTF-8" ]
        ++ map (l: "${l}/UTF-8") (
          [ config.i18n.defaultLocale ] ++ builtins.attrValues config.i18n.extraLocaleSettings
        )
      );
      defaultText = lib.literalMD "C.UTF-8 and the locales named by `defaultLocale` and `extraLocaleSettings`";
      description = "Locales built for the system, as `name/charset`.";
    };

    console.keyMap = mkOption {
      type = types.either types.str types.path;
      default = "us";
      example = "de";
      description = "The keyboard layout of the virtual consoles.";
    };

    console.font = mkOption {
      type = types.nullOr (types.either types.str types.path);
      default = null;
      description = "The font of the virtual consoles; `null` keeps the kernel's.";
    };
  };
}
