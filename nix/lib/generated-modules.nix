# The modules Arbor generates from the inventory (kind "arbor" in the model).
#
#   arbor:host:<h>        hostName, nixpkgs.hostPlatform and the host's users;
#                         on nix-darwin also system.stateVersion (an int) and
#                         system.primaryUser
#   arbor:home:<u>@<h>    home.username, home.homeDirectory, home.stateVersion
#
# Each is wrapped as { _file; key; imports = [ module ]; } so that errors in
# it name the inventory file its values come from (not nixpkgs' flake.nix,
# where inline modules of nixosSystem would otherwise point) and so that it
# has a stable identity. Values Arbor only guesses are `mkDefault`.
{ model, root }:
let
  attrs = import ./attrs.nix;
  inherit (model) plans;
  inherit (builtins) filter head;

  rootString = toString root;
  wrap = file: key: module: {
    _file = "${rootString}/${file}";
    inherit key;
    imports = [ module ];
  };

  # arbor:host — what the inventory says about the machine itself.
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
    in
    wrap h.file "arbor:host:${name}" (
      { lib, ... }:
      {
        networking.hostName = lib.mkDefault name;
        nixpkgs.hostPlatform = lib.mkDefault h.system;
        users.users = attrs.genAttrs users userSettings;
      }
      // attrs.optionalAttrs (h.class == "darwin") {
        system.stateVersion = lib.mkDefault 6;
        system.primaryUser = lib.mkIf (users != [ ]) (lib.mkDefault (head users));
      }
    );

  homeModule =
    home:
    let
      user = model.normalized.users.${home.user};
      directory = if home.class == "darwin" then "/Users/${home.user}" else "/home/${home.user}";
    in
    wrap user.file "arbor:home:${home.user}@${home.host}" (
      { lib, ... }:
      {
        home.username = home.user;
        home.homeDirectory = lib.mkDefault directory;
        home.stateVersion = lib.mkDefault "25.11";
      }
    );
in
{
  inherit wrap hostModule homeModule;
}
