# Stand-ins for the modules of sops-nix, agenix and comin, for Arbor's own host evaluation (the
# preview in the playground and `arbor eval`), where flake inputs do not exist. Each declares
# the options Arbor's generated host module sets and that modules read, with the upstream
# defaults (checked against the sources, docs/ecosystem-notes.md), and does nothing else:
#
#   sops-nix  sops.secrets.<name> = { name; key; path ("/run/secrets/<name>"); sopsFile; mode
#             ("0400"); owner; group; format; restartUnits; reloadUnits; neededForUsers; };
#             sops.age.{sshKeyPaths,keyFile}; sops.defaultSopsFile; sops.validateSopsFiles
#   agenix    age.secrets.<name> = { name; file; path ("/run/agenix/<name>"); mode ("0400");
#             owner ("0"); group; symlink; }; age.identityPaths; age.secretsDir
#   comin     services.comin = { enable; hostname; remotes; }
#
# and their Home Manager modules (`sops-nix-home`, `agenix-home`): sops.secrets.<name> = { name;
# key; path ("~/.config/sops-nix/secrets/<name>"); sopsFile; mode; format; }, age.secrets.<name>
# = { name; file; path ("${XDG_RUNTIME_DIR}/agenix/<name>"); mode; symlink; }.
#
# So a dendrite's `config.sops.secrets."wireguard/private-key".path` has its real value here
# too. The real flake imports the real modules (outputs/flake.nix).
let
  /**
    Wraps a stand-in `module` so errors in it name the input it stands for.
  */
  standIn = input: module: {
    _file = "<arbor: stand-in for ${input}>";
    key = "arbor:stand-in:${input}";
    imports = [ module ];
  };

  /**
    The stand-in for sops-nix's NixOS / nix-darwin module: its options, no secrets decrypted.
  */
  sops =
    { lib, ... }:
    let
      inherit (lib) mkOption types;
      secret = types.submodule (
        { name, config, ... }:
        {
          options = {
            name = mkOption {
              type = types.str;
              default = name;
            };
            key = mkOption {
              type = types.str;
              default = name;
            };
            path = mkOption {
              type = types.str;
              default = if config.neededForUsers then "/run/secrets-for-users/${config.name}" else "/run/secrets/${config.name}";
            };
            sopsFile = mkOption { type = types.path; };
            format = mkOption {
              type = types.enum [
                "yaml"
                "json"
                "binary"
                "dotenv"
                "ini"
              ];
              default = "yaml";
            };
            mode = mkOption {
              type = types.str;
              default = "0400";
            };
            owner = mkOption {
              type = types.nullOr types.str;
              default = null;
            };
            group = mkOption {
              type = types.nullOr types.str;
              default = null;
            };
            restartUnits = mkOption {
              type = types.listOf types.str;
              default = [ ];
            };
            reloadUnits = mkOption {
              type = types.listOf types.str;
              default = [ ];
            };
            neededForUsers = mkOption {
              type = types.bool;
              default = false;
            };
          };
        }
      );
    in
    {
      options.sops = {
        secrets = mkOption {
          type = types.attrsOf secret;
          default = { };
        };
        defaultSopsFile = mkOption {
          type = types.nullOr types.path;
          default = null;
        };
        validateSopsFiles = mkOption {
          type = types.bool;
          default = true;
        };
        age.sshKeyPaths = mkOption {
          type = types.listOf types.path;
          default = [ ];
        };
        age.keyFile = mkOption {
          type = types.nullOr types.str;
          default = null;
        };
      };
    };

  /**
    The stand-in for agenix's NixOS / nix-darwin module.
  */
  agenix =
    { lib, config, ... }:
    let
      inherit (lib) mkOption types;
      secret = types.submodule (
        { name, config, ... }:
        {
          options = {
            name = mkOption {
              type = types.str;
              default = name;
            };
            file = mkOption { type = types.path; };
            path = mkOption {
              type = types.str;
              default = "/run/agenix/${config.name}";
            };
            mode = mkOption {
              type = types.str;
              default = "0400";
            };
            owner = mkOption {
              type = types.str;
              default = "0";
            };
            group = mkOption {
              type = types.str;
              default = "0";
            };
            symlink = mkOption {
              type = types.bool;
              default = true;
            };
          };
        }
      );
    in
    {
      options.age = {
        secrets = mkOption {
          type = types.attrsOf secret;
          default = { };
        };
        identityPaths = mkOption {
          type = types.listOf types.path;
          default = [ ];
        };
        secretsDir = mkOption {
          type = types.str;
          default = "/run/agenix";
        };
      };
    };

  /**
    The stand-in for sops-nix's Home Manager module.
  */
  sopsHome =
    { lib, config, ... }:
    let
      inherit (lib) mkOption types;
      configHome = config.xdg.configHome;
      secret = types.submodule (
        { name, ... }:
        {
          options = {
            name = mkOption {
              type = types.str;
              default = name;
            };
            key = mkOption {
              type = types.str;
              default = name;
            };
            path = mkOption {
              type = types.str;
              default = "${configHome}/sops-nix/secrets/${name}";
            };
            sopsFile = mkOption { type = types.path; };
            format = mkOption {
              type = types.str;
              default = "yaml";
            };
            mode = mkOption {
              type = types.str;
              default = "0400";
            };
          };
        }
      );
    in
    {
      options.sops = {
        secrets = mkOption {
          type = types.attrsOf secret;
          default = { };
        };
        age.keyFile = mkOption {
          type = types.nullOr types.str;
          default = null;
        };
        age.sshKeyPaths = mkOption {
          type = types.listOf types.str;
          default = [ ];
        };
      };
    };

  /**
    The stand-in for agenix's Home Manager module.
  */
  agenixHome =
    { lib, config, ... }:
    let
      inherit (lib) mkOption types;
      cfg = config.age;
      secret = types.submodule (
        { name, config, ... }:
        {
          options = {
            name = mkOption {
              type = types.str;
              default = name;
            };
            file = mkOption { type = types.path; };
            path = mkOption {
              type = types.str;
              default = "${cfg.secretsDir}/${config.name}";
            };
            mode = mkOption {
              type = types.str;
              default = "0400";
            };
            symlink = mkOption {
              type = types.bool;
              default = true;
            };
          };
        }
      );
    in
    {
      options.age = {
        secrets = mkOption {
          type = types.attrsOf secret;
          default = { };
        };
        identityPaths = mkOption {
          type = types.listOf types.str;
          default = [
            "${config.home.homeDirectory}/.ssh/id_ed25519"
            "${config.home.homeDirectory}/.ssh/id_rsa"
          ];
        };
        secretsDir = mkOption {
          type = types.str;
          default = "\${XDG_RUNTIME_DIR}/agenix";
        };
      };
    };

  /**
    The stand-in for comin's module.
  */
  comin =
    { lib, ... }:
    let
      inherit (lib) mkOption types;
    in
    {
      options.services.comin = {
        enable = mkOption {
          type = types.bool;
          default = false;
        };
        hostname = mkOption { type = types.str; };
        remotes = mkOption {
          type = types.listOf types.attrs;
          default = [ ];
        };
      };
    };
in
{
  sops-nix = standIn "sops-nix" sops;
  agenix = standIn "agenix" agenix;
  comin = standIn "comin" comin;
  sops-nix-home = standIn "sops-nix (Home Manager)" sopsHome;
  agenix-home = standIn "agenix (Home Manager)" agenixHome;
}
