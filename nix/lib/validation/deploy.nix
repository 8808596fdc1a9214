# Validation of a host's `deploy` and `bootstrap` settings.
#
# deploy (invalid-deploy-ref): a target is required, either the host's
# address in `deploy.network` or an explicit `deploy.targetHost`; the network
# must be one the host is a member of, with an address. Colmena deploys NixOS
# only and reserves the node names "defaults", "meta" and "network";
# deploy-rs publishes `activate` for four systems only. `sshPort` must be a
# port (invalid-port). A host deployed by comin alone needs no target (comin
# pulls), but comin needs `deploy.comin.url`, and `deploy.comin` without the
# tool is a mistake.
#
# bootstrap (invalid-bootstrap-ref): nixos-anywhere installs NixOS only;
# `bootstrap.network` must be a membership with an address; `bootstrap.disko`
# names a file under hosts/<host>/ that must exist.
{
  host,
  make,
  fieldPosition,
  diagnostics,
  networks,
  discovered,
}:
let
  strings = import ../util/strings.nix;
  lists = import ../util/lists.nix;
  contract = import ./contract.nix;
  inherit (strings) quote didYouMean humanList;
  inherit (lists) optional optionals;
  inherit (builtins) attrNames elem isAttrs;

  name = host.name;
  members = attrNames host.networks;
  rawDeploy = if isAttrs (host.raw.deploy or null) then host.raw.deploy else { };
  rawBootstrap = if isAttrs (host.raw.bootstrap or null) then host.raw.bootstrap else { };

  /**
    The position of `deploy.<field>` of the host, or the host's when it is not written.
  */
  deployField = field: diagnostics.positionOf field rawDeploy host.file;

  /**
    The position of `bootstrap.<field>` of the host, or the host's when it is not written.
  */
  bootstrapField = field: diagnostics.positionOf field rawBootstrap host.file;

  /**
    Problems with `<section>.network`, or [ ].
  */
  networkProblems =
    code: section: position: net:
    if !(host.networks ? ${net}) then
      [
        (make {
          inherit code position;
          message = "host ${name}: ${section}.network is ${quote net}, but the host is not a member of that network${
            if networks ? ${net} then "" else " (no such network is defined)"
          }.";
          hint =
            if members == [ ] then
              "Add networks.${net}.address to host ${name}, or set ${section}.targetHost."
            else
              "The host is a member of ${humanList members}. ${didYouMean "memberships" net members}";
        })
      ]
    else if host.networks.${net}.address == null then
      [
        (make {
          inherit code position;
          message = "host ${name}: ${section}.network is ${quote net}, but the host has no address in it.";
          hint = "Set networks.${net}.address for host ${name}.";
        })
      ]
    else
      [ ];

  deploy = host.deploy;
  deployDiagnostics =
    if deploy == null then
      [ ]
    else
      let
        uses = tool: elem tool deploy.tools;
        explicitTarget = rawDeploy ? targetHost;
        pushes = uses "colmena" || uses "deploy-rs";
      in
      optionals (deploy.network != null && !explicitTarget) (
        networkProblems "invalid-deploy-ref" "deploy" (deployField "network") deploy.network
      )
      ++ optional (uses "comin" && (deploy.comin == null || deploy.comin.url == null)) (make {
        code = "invalid-deploy-ref";
        position = if rawDeploy ? comin then deployField "comin" else deployField "tools";
        message = "host ${name} is deployed by comin, but deploy.comin.url (the repository comin pulls) is not set.";
        hint = "Set deploy.comin = { url = \"https://…/fleet.git\"; branch = \"main\"; }; for host ${name}.";
      })
      ++ optional (!(uses "comin") && deploy.comin != null) (make {
        code = "invalid-deploy-ref";
        position = deployField "comin";
        message = "host ${name} has deploy.comin settings, but deploy.tools does not list \"comin\", so they are never used.";
        hint = "Add \"comin\" to deploy.tools of host ${name}, or remove deploy.comin.";
      })
      ++ optional (pushes && deploy.network == null && !explicitTarget) (make {
        code = "invalid-deploy-ref";
        position = fieldPosition "deploy";
        message = "host ${name} has deploy settings but no target: neither deploy.network nor deploy.targetHost is set.";
        hint = "Set deploy.network = \"<network>\"; (the host's address there is used) or deploy.targetHost = \"<host name or address>\";.";
      })
      ++ optional (uses "colmena" && host.class == "darwin") (make {
        code = "invalid-deploy-ref";
        position = deployField "tools";
        message = "host ${name} is a darwin host, but deploy.tools lists \"colmena\", which deploys NixOS hosts only.";
        hint = "Use deploy.tools = [ \"deploy-rs\" ]; for darwin hosts.";
      })
      ++ optional (uses "colmena" && elem name contract.colmenaReservedNames) (make {
        code = "invalid-deploy-ref";
        position = host.position;
        message = "host ${name} cannot be a Colmena node: Colmena reserves the names \"defaults\", \"meta\" and \"network\".";
        hint = "Rename the host, or deploy it with deploy.tools = [ \"deploy-rs\" ];.";
      })
      ++ optional (uses "deploy-rs" && !(elem host.system contract.deployRsSystems)) (make {
        code = "invalid-deploy-ref";
        position = if rawDeploy ? tools then deployField "tools" else fieldPosition "deploy";
        message = "host ${name} has system ${quote host.system}, for which deploy-rs has no activation library (it supports ${humanList contract.deployRsSystems}).";
        hint = "Use deploy.tools = [ \"colmena\" ]; for this host.";
      })
      ++ optional (deploy.sshPort != null && (deploy.sshPort < 1 || deploy.sshPort > 65535)) (make {
        code = "invalid-port";
        position = deployField "sshPort";
        message = "host ${name}: deploy.sshPort is ${toString deploy.sshPort}; a port must be an integer from 1 to 65535.";
        hint = null;
      });

  bootstrap = host.bootstrap;
  bootstrapDiagnostics =
    if bootstrap == null then
      [ ]
    else
      optional (host.class == "darwin") (make {
        code = "invalid-bootstrap-ref";
        position = fieldPosition "bootstrap";
        message = "host ${name} is a darwin host, but bootstrap uses nixos-anywhere, which installs NixOS only.";
        hint = "Remove `bootstrap` from host ${name}.";
      })
      ++ optionals (bootstrap.network != null) (
        networkProblems "invalid-bootstrap-ref" "bootstrap" (bootstrapField "network") bootstrap.network
      )
      ++ optional (bootstrap.disko != null && !(discovered.exists bootstrap.disko)) (make {
        code = "invalid-bootstrap-ref";
        position = bootstrapField "disko";
        message = "host ${name}: bootstrap.disko names ${bootstrap.disko}, which does not exist.";
        hint = "Create ${bootstrap.disko} (a NixOS module setting disko.devices), or fix the name; it is relative to hosts/${name}/.";
      });
in
deployDiagnostics ++ bootstrapDiagnostics
