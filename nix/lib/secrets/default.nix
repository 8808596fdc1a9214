# Secrets (inventory contract v2): public keys in the inventory, values in encrypted files,
# never a value in Arbor. This ties the parts together for pipeline/model.nix:
#
#   plan.nix      which host needs which secret, where its value lives, who must decrypt what
#   rules.nix     .sops.yaml or secrets/secrets.nix, generated from the plan
#   validate.nix  missing-secret, secret-recipients, missing-host-key, invalid-key, unknown-secret
#   wiring.nix    sops.secrets / age.secrets for each host's generated module
#
# `json` is the model's `secrets` (docs/model.md): per host the secrets it needs and where they
# live (and per user@host for homes), per file who must and who can decrypt it, the readers'
# recipients, and the rules.
{
  normalized,
  plans,
  discovered,
  diagnostics,
}:
let
  plan =
    import ./plan.nix {
      inherit
        normalized
        plans
        discovered
        diagnostics
        ;
    }
    // {
      inherit ((import ./sops-file.nix)) hasPrefixList;
    };
  rules = import ./rules.nix { inherit plan; };
  wiring = import ./wiring.nix { inherit plan plans; };
  inherit (builtins) mapAttrs map listToAttrs;

  /**
    A position as the model's JSON shows it.
  */
  showPosition = p: {
    inherit (p) file line column;
  };

  /**
    A reader (`host:<h>` or `user:<u>`) as the model's JSON shows it: its recipient, or why it has
    none.
  */
  recipientJson =
    id:
    let
      r = plan.recipientOf id;
      parts = builtins.match "(host|user):(.*)" id;
    in
    {
      kind = builtins.head parts;
      name = builtins.elemAt parts 1;
      inherit (r) recipient source problem;
    };

  json = {
    inherit (plan) backend admins;
    rules =
      if rules == null then
        null
      else
        rules
        // {
          exists = discovered.exists rules.file;
          current = discovered.exists rules.file && builtins.readFile (discovered.pathOf rules.file) == rules.text;
        };
    hosts = needsJson plan.needs plan.hostsNeeding;
    homes = needsJson plan.homeNeeds plan.homesNeeding;
    files = mapAttrs (_: f: {
      inherit (f)
        host
        user
        shared
        secrets
        readers
        exists
        ;
      encrypted = if f.sops != null then f.sops.encrypted else null;
      recipients = if f.sops != null then map (r: r.recipient) f.sops.recipients else null;
    }) plan.files;
    recipients = listToAttrs (
      map (id: {
        name = id;
        value = recipientJson id;
      }) plan.readers
    );
  };

  /**
    The secrets each of `names` needs, as the model's JSON shows them.
  */
  needsJson =
    needs: names:
    listToAttrs (
      map (name: {
        inherit name;
        value = map (n: {
          inherit (n)
            name
            description
            owner
            group
            mode
            shared
            file
            key
            present
            ;
          declaredBy = "${n.unit.kind} ${n.unit.id}";
          inherit (n.position) line column;
          declaredIn = n.position.file;
          readers = if plan.files ? ${n.file} then plan.files.${n.file}.readers else [ ];
        }) needs.${name};
      }) names
    );
in
{
  inherit plan rules wiring json;
  diagnostics = import ./validate.nix {
    inherit
      plan
      rules
      normalized
      plans
      discovered
      diagnostics
      ;
  };
}
