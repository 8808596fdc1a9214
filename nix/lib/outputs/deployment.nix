# Deployment data: what Colmena, deploy-rs and nixos-anywhere get for a host.
#
# Pure data, computed once and used twice: by the outputs preview
# (preview.nix) and by the real flake outputs (flake.nix), so what the
# playground shows is exactly what `colmena apply` and `deploy` will use.
#
# Colmena (`deployment.*`, only in Colmena's node modules): targetHost,
# targetPort (the ssh port or null), targetUser, tags, buildOnTarget.
# deploy-rs: hostname, sshUser (= targetUser), user "root" (the profile is
# activated as root, also on darwin), sshOpts [ "-p" port ] (deploy-rs has no
# port field), remoteBuild (= buildOnTarget); the profile path is
# `deploy-rs.lib.<host system>.activate.<nixos|darwin>` of the configuration.
# nixos-anywhere: `nixos-anywhere --flake .#<host> root@<address>`, the
# address from bootstrap.network, else the deploy target.
# comin (pull deployment): `services.comin` with one remote, `origin`, from
# `deploy.comin = { url; branch; }`.
let
  inherit (builtins) elem groupBy attrNames length foldl';

  /**
    The system of most Colmena nodes (ties: the alphabetically first): it becomes `meta.nixpkgs`,
    and only the other nodes need `meta.nodeNixpkgs`. `fallback` when there are no nodes.
  */
  colmenaSystem =
    fallback: hosts:
    let
      bySystem = groupBy (h: h.system) hosts;
      best = foldl' (
        acc: system:
        if acc == null || length bySystem.${system} > length bySystem.${acc} then system else acc
      ) null (attrNames bySystem);
    in
    if hosts == [ ] then fallback else best;

  /**
    Colmena's `deployment` settings for `host`.
  */
  colmenaDeployment = host: {
    inherit (host.deploy) targetHost targetUser tags buildOnTarget;
    targetPort = host.deploy.sshPort;
  };

  /**
    The deploy-rs node of `host`, without its profiles.
  */
  deployRsNode = host: {
    hostname = host.deploy.targetHost;
    sshUser = host.deploy.targetUser;
    user = "root";
    sshOpts = if host.deploy.sshPort == null then [ ] else [ "-p" (toString host.deploy.sshPort) ];
    remoteBuild = host.deploy.buildOnTarget;
  };

  /**
    The deploy-rs activation of `host`: "darwin" or "nixos".
  */
  activation = host: if host.class == "darwin" then "darwin" else "nixos";

  /**
    The flake output `host`'s configuration lives in.
  */
  configurationsOutput =
    host: if host.class == "darwin" then "darwinConfigurations" else "nixosConfigurations";

  /**
    Whether `host` is deployed with `tool`.
  */
  usesTool = tool: host: host.deploy != null && elem tool host.deploy.tools;

  /**
    deploy-rs' deployChecks evaluate (and build) every profile, so users turn them off in practice:
    only hosts with `deploy.checks = true` get them.
  */
  checkedNodes =
    plans:
    builtins.filter (name: usesTool "deploy-rs" plans.${name}.host && plans.${name}.host.deploy.checks) (
      attrNames plans
    );

  /**
    comin pulls the flake and switches to nixosConfigurations.<hostname> (or darwinConfigurations):
    `hostname` is set to the configuration's name, so a module that changes networking.hostName
    cannot make comin deploy another host's configuration.
  */
  cominSettings = host: {
    enable = true;
    hostname = host.name;
    remotes = [
      {
        name = "origin";
        url = host.deploy.comin.url or null;
        branches.main.name = host.deploy.comin.branch or "main";
      }
    ];
  };

  /**
    Where nixos-anywhere connects to: the bootstrap target, else the deploy target, else a
    placeholder.
  */
  bootstrapTarget =
    host:
    if host.bootstrap.targetHost != null then
      host.bootstrap.targetHost
    else if host.deploy != null && host.deploy.targetHost != null then
      host.deploy.targetHost
    else
      "<address>";

  /**
    The nixos-anywhere command line that installs `host`.
  */
  bootstrapCommand =
    host:
    let
      port =
        if host.deploy != null && host.deploy.sshPort != null then
          " --ssh-port ${toString host.deploy.sshPort}"
        else
          "";
    in
    "nixos-anywhere --flake .#${host.name}${port} root@${bootstrapTarget host}";
in
{
  inherit
    colmenaSystem
    colmenaDeployment
    deployRsNode
    activation
    configurationsOutput
    usesTool
    checkedNodes
    cominSettings
    bootstrapTarget
    bootstrapCommand
    ;
}
