# What each host's generated module says about its secrets, for sops-nix or agenix:
#
#   sops     sops.secrets."<name>" = { sopsFile; key; mode; owner?; group?; };
#            sops.age.sshKeyPaths = mkDefault [ "/etc/ssh/ssh_host_ed25519_key" ] (keys.ssh)
#            sops.age.keyFile = mkDefault "/var/lib/sops-nix/key.txt"              (keys.age)
#   agenix   age.secrets."<name>" = { file; mode; owner?; group?; };
#            age.identityPaths = mkDefault [ "/etc/ssh/ssh_host_ed25519_key" ]    (keys.ssh)
#                                         ++ [ "/var/lib/agenix/key.txt" ]        (keys.age)
#
# sops-nix's own default for sshKeyPaths is the ed25519 keys of services.openssh.hostKeys, and
# empty when openssh is off; agenix's identityPaths likewise. Arbor sets the standard host key
# path at mkDefault priority so decryption works whether or not the host runs sshd, and a module
# can still override it. `owner`/`group` are only set when meta.nix gives them (sops-nix then
# takes the owner's group, agenix root's). A module reads the decrypted file's path as usual:
# `config.sops.secrets."<name>".path` (/run/secrets/<name>) or `config.age.secrets."<name>".path`
# (/run/agenix/<name>).
#
# `settings` takes a function turning a project-relative file into what the caller needs: a
# Nix path for the real flake, the relative string for the outputs preview. `mkDefault` is the
# caller's too (the preview shows plain values).
#
# Homes (Home Manager's modules of both backends) get the same per user@host: sops.secrets with
# sopsFile/key/mode (no owner or group: the files belong to the user) and the user's identity,
# `~/.config/sops/age/keys.txt` (sops' own default place) for keys.age or `~/.ssh/id_ed25519`
# for an ssh key; agenix likewise (`~/.config/age/keys.txt`, or its default ~/.ssh/id_ed25519).
{ plan, plans }:
let
  attrs = import ../util/attrs.nix;
  inherit (builtins) listToAttrs map;

  sshHostKey = "/etc/ssh/ssh_host_ed25519_key";
  ageKeyFile = {
    sops = "/var/lib/sops-nix/key.txt";
    agenix = "/var/lib/agenix/key.txt";
  };

  /**
    `set` when `cond` holds, else `{ }`.
  */
  optional = cond: set: if cond then set else { };

  /**
    The owner, group and mode settings of a needed secret, those that are set.
  */
  ownership =
    n: optional (n.owner != null) { inherit (n) owner; } // optional (n.group != null) { inherit (n) group; };

  /**
    The secrets settings of host `name` ({} when it needs none or there is no backend).

    # Type

    ```
    settings :: { file :: string -> a; mkDefault :: b -> b; } -> string -> attrs
    ```
  */
  settings =
    { file, mkDefault }:
    name:
    let
      needs = plan.needs.${name} or [ ];
      keys = plans.${name}.host.keys;
      entries = value: listToAttrs (map (n: {
        inherit (n) name;
        value = value n;
      }) needs);
    in
    if !plan.enabled || needs == [ ] then
      { }
    else if plan.backend == "sops" then
      {
        sops = {
          secrets = entries (
            n:
            {
              sopsFile = file n.file;
              inherit (n) key mode;
            }
            // ownership n
          );
        }
        // optional (keys.ssh != null || keys.age != null) {
          age =
            optional (keys.ssh != null) { sshKeyPaths = mkDefault [ sshHostKey ]; }
            // optional (keys.age != null) { keyFile = mkDefault ageKeyFile.sops; };
        };
      }
    else
      {
        age = {
          secrets = entries (
            n:
            {
              file = file n.file;
              inherit (n) mode;
            }
            // ownership n
          );
        }
        // optional (keys.ssh != null || keys.age != null) {
          identityPaths = mkDefault (
            (if keys.ssh != null then [ sshHostKey ] else [ ])
            ++ (if keys.age != null then [ ageKeyFile.agenix ] else [ ])
          );
        };
      };

  /**
    The secrets settings of the Home Manager configuration `key` ("user@host"), {} when none.

    # Type

    ```
    homeSettings :: { file :: string -> a; mkDefault :: b -> b; } -> string -> attrs
    ```
  */
  homeSettings =
    { file, mkDefault }:
    key:
    let
      needs = plan.homeNeeds.${key} or [ ];
      first = builtins.head needs;
      home = plans.${first.host}.homeConfigurations.${key};
      directory = if home.class == "darwin" then "/Users/${home.user}" else "/home/${home.user}";
      source = plan.userKeys.${home.user}.source;
      entries = value: listToAttrs (map (n: {
        inherit (n) name;
        value = value n;
      }) needs);
    in
    if !plan.enabled || needs == [ ] then
      { }
    else if plan.backend == "sops" then
      {
        sops = {
          secrets = entries (n: {
            sopsFile = file n.file;
            inherit (n) key mode;
          });
        }
        // optional (source != null) {
          age =
            if source == "keys.age" then
              { keyFile = mkDefault "${directory}/.config/sops/age/keys.txt"; }
            else
              { sshKeyPaths = mkDefault [ "${directory}/.ssh/id_ed25519" ]; };
        };
      }
    else
      {
        age = {
          secrets = entries (n: {
            file = file n.file;
            inherit (n) mode;
          });
        }
        // optional (source != null) {
          identityPaths = mkDefault [
            (if source == "keys.age" then "${directory}/.config/age/keys.txt" else "${directory}/.ssh/id_ed25519")
          ];
        };
      };

  /** The flake input a home's secrets need, or null. */
  homeInputOf =
    key:
    if !plan.enabled || (plan.homeNeeds.${key} or [ ]) == [ ] then
      null
    else if plan.backend == "sops" then
      "sops-nix"
    else
      "agenix";

  /** The flake input a host's secrets need ("sops-nix", "agenix"), or null. */
  inputOf = name: if !plan.enabled || (plan.needs.${name} or [ ]) == [ ] then null else if plan.backend == "sops" then "sops-nix" else "agenix";

  /** `inputs.<input>.<nixosModules|darwinModules>.<name>` of the backend, as text. */
  moduleOf =
    class:
    let
      set =
        if class == "darwin" then
          "darwinModules"
        else if class == "homeManager" then
          "homeManagerModules"
        else
          "nixosModules";
    in
    if plan.backend == "sops" then "sops-nix.${set}.sops" else "agenix.${set}.default";
in
{
  inherit
    settings
    homeSettings
    inputOf
    homeInputOf
    moduleOf
    ;
}
