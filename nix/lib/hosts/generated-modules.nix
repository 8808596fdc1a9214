# The modules Arbor generates from the inventory (kind "arbor" in the model).
#
#   arbor:host:<h>        hostName, nixpkgs.hostPlatform and the host's users;
#                         on nix-darwin also system.stateVersion (an int) and
#                         system.primaryUser
#   arbor:home:<u>@<h>    home.username, home.homeDirectory, home.stateVersion;
#                         the home's secrets (Home Manager's sops-nix / agenix)
#
# A host that needs secrets also gets the backend's module (sops-nix or
# agenix) and its `sops.secrets` / `age.secrets` (secrets/wiring.nix); a host
# deployed by comin gets comin's module and `services.comin` (outputs/deployment.nix), and
# an assertion that `services.comin.hostname` stayed the configuration's name.
# Those modules come from `inputModule input class`: the flake's inputs in
# outputs/flake.nix, Arbor's stand-ins (secrets/stand-in-modules.nix) in the host
# evaluation.
#
# Each is wrapped as { _class; _file; key; imports = [ module ]; } so that
# errors in it name the inventory file its values come from (not nixpkgs'
# flake.nix, where inline modules of nixosSystem would otherwise point), so
# that it has a stable identity, and so that importing it into an evaluation of
# another class fails with the module system's own error. Values Arbor only
# guesses are `mkDefault`.
{
  model,
  root,
  inputModule ? (
    input: class:
    (import ../secrets/stand-in-modules.nix).${if class == "homeManager" then "${input}-home" else input}
  ),
}:
let
  attrs = import ../util/attrs.nix;
  deploy = import ../outputs/deployment.nix;
  inherit (model) plans;
  inherit (builtins) filter head;

  rootString = toString root;

  /**
    Wraps `module` as a module of `class` that names `file` as its origin and has `key` as its
    identity.
  */
  wrap = class: file: key: module: {
    _class = class;
    _file = "${rootString}/${file}";
    inherit key;
    imports = [ module ];
  };
  wiring = model.secrets.wiring;

  /**
    arbor:host — what the inventory says about the machine itself.
  */
  hostModule =
    name:
    let
      h = plans.${name}.host;
      users = filter (u: model.normalized.users ? ${u}) h.users;
      userSettings =
        u:
        let
          user = model.normalized.users.${u};
          optional = cond: set: if cond then set else { };
        in
        if h.class == "darwin" then
          { home = "/Users/${u}"; } // optional (user.description != null) { inherit (user) description; }
        else
          {
            isNormalUser = true;
            extraGroups = user.groups;
            openssh.authorizedKeys.keys = user.sshKeys;
          }
          // optional (user.uid != null) { inherit (user) uid; }
          // optional (user.description != null) { inherit (user) description; };
      secretsInput = wiring.inputOf name;
      comin = deploy.usesTool "comin" h;
      wrapped = wrap h.class h.file "arbor:host:${name}" (
        { lib, config, ... }:
        {
          networking.hostName = lib.mkDefault name;
          nixpkgs.hostPlatform = lib.mkDefault h.system;
          users.users = attrs.genAttrs users userSettings;
        }
        // attrs.optionalAttrs (h.class == "darwin") {
          system.stateVersion = lib.mkDefault 6;
          system.primaryUser = lib.mkIf (users != [ ]) (lib.mkDefault (head users));
        }
        // wiring.settings {
          file = model.discovered.pathOf;
          inherit (lib) mkDefault;
        } name
        // attrs.optionalAttrs comin {
          services.comin = deploy.cominSettings h;
          # comin switches to <configurations>.<services.comin.hostname>: it must be this one.
          assertions = [
            {
              assertion = config.services.comin.hostname == name;
              message = "services.comin.hostname is ${builtins.toJSON config.services.comin.hostname}, but this is the configuration of ${name}: comin would deploy another host's configuration here. Remove the definition that changes it.";
            }
          ];
        }
      );
    in
    wrapped
    // {
      imports =
        wrapped.imports
        ++ (if secretsInput != null then [ (inputModule secretsInput h.class) ] else [ ])
        ++ (if comin then [ (inputModule "comin" h.class) ] else [ ]);
    };

  /**
    The generated `arbor:home` module of one home: username, home directory, state version and the
    home's secrets.
  */
  homeModule =
    home:
    let
      user = model.normalized.users.${home.user};
      directory = if home.class == "darwin" then "/Users/${home.user}" else "/home/${home.user}";
      key = "${home.user}@${home.host}";
      secretsInput = wiring.homeInputOf key;
      wrapped = wrap "homeManager" user.file "arbor:home:${key}" (
        { lib, ... }:
        {
          home.username = home.user;
          home.homeDirectory = lib.mkDefault directory;
          home.stateVersion = lib.mkDefault "25.11";
        }
        // wiring.homeSettings {
          file = model.discovered.pathOf;
          inherit (lib) mkDefault;
        } key
      );
    in
    wrapped
    // {
      imports =
        wrapped.imports ++ (if secretsInput != null then [ (inputModule secretsInput "homeManager") ] else [ ]);
    };
in
{
  inherit wrap hostModule homeModule;
}
