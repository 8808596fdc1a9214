# The secrets checks: what the inventory says against what the files hold, without decrypting.
#
#   missing-secret     a host needs a secret (a selected dendrite or fruit declares it) and no
#                      file or key holds it for that host (or there is no inventory/secrets.nix)
#   secret-recipients  a sops file's recipients (its cleartext `sops:` metadata) differ from the
#                      readers the inventory implies: a reader missing is an error, a recipient
#                      nobody implies (a removed admin) a warning; a file without sops metadata is
#                      not encrypted (error); a committed .sops.yaml / secrets/secrets.nix that
#                      differs from the generated rules is stale (warning)
#   missing-host-key   a host that needs secrets, or an admin, has no public key
#   invalid-key        a public key that is malformed (keys.nix says why)
#   unknown-secret     a file holds a secret nothing declares (warning)
#
# Declarations are reported where they are written (the secret's name in meta.nix, with the
# host that needs it), keys at the key, file contents at the line of the key or recipient.
{
  plan,
  rules,
  normalized,
  plans,
  discovered,
  diagnostics,
}:
let
  keys = import ./keys.nix;
  strings = import ../util/strings.nix;
  lists = import ../util/lists.nix;
  resolve = import ../pipeline/resolve.nix;
  inherit (strings) quote didYouMean humanList;
  inherit (lists) optional optionals;
  inherit (builtins)
    attrNames
    attrValues
    concatMap
    concatStringsSep
    elem
    filter
    head
    isAttrs
    map
    ;
  inherit (plan) backend enabled files;

  settings = normalized.secrets;
  adminsPosition = diagnostics.positionOf "admins" settings.raw settings.file;

  /**
    The `keys` written in a raw inventory entry, or `{ }`.
  */
  rawKeys = raw: if isAttrs (raw.keys or null) then raw.keys else { };

  # invalid-key: every key the inventory holds is checked, used or not.
  hostKeyProblems = concatMap (
    name:
    let
      h = plans.${name}.host;
      parsed = plan.hostKeys.${name};
      check =
        field: label:
        let
          r = parsed.${field};
        in
        optional (r != null && r.problem != null) (diagnostics.make {
          code = "invalid-key";
          position = diagnostics.positionOf field (rawKeys h.raw) h.file;
          host = name;
          message = "host ${name}: keys.${field} is not ${label}: ${r.problem}.";
          hint =
            if field == "ssh" then
              "Copy the host's /etc/ssh/ssh_host_ed25519_key.pub (`ssh-keyscan -t ed25519 <address>` prints it)."
            else
              "`age-keygen -y <identity file>` prints the recipient of an age identity.";
        });
    in
    check "ssh" "a usable ssh-ed25519 public key" ++ check "age" "an age recipient"
  ) (attrNames plans);

  userKeyProblems = concatMap (
    u:
    let
      user = normalized.users.${u};
      r = plan.userKeys.${u};
      # Admins and users whose homes need secrets: their key is used as a recipient.
      isReader = elem "user:${u}" plan.readers;
    in
    optional (user.keys.age != null && r.problem != null) (diagnostics.make {
      code = "invalid-key";
      position = diagnostics.positionOf "age" (rawKeys user.raw) user.file;
      message = "user ${u}: keys.age is not an age recipient: ${r.problem}.";
      hint = "`age-keygen -y <identity file>` prints the recipient of an age identity.";
    })
    ++ optional (isReader && user.keys.age == null && r.problem != null) (diagnostics.make {
      code = "invalid-key";
      position = diagnostics.positionOf "sshKeys" user.raw user.file;
      message = "user ${u} must be able to decrypt secrets, and the first ssh-ed25519 key in sshKeys is not usable: ${r.problem}.";
      hint = "Fix the key, or give user ${u} keys.age = \"age1…\"; (an age recipient, preferred for admins).";
    })
  ) (attrNames normalized.users);

  # Admins: known users, with a key.
  adminProblems =
    map (
      u:
      diagnostics.make {
        code = "unknown-user";
        position = adminsPosition;
        message = "${settings.file}: admins names user ${quote u}, which is not defined in inventory/users.nix.";
        hint = didYouMean "users" u (attrNames normalized.users);
      }
    ) (filter (u: !(normalized.users ? ${u})) settings.admins)
    ++ map (
      u:
      diagnostics.make {
        code = "missing-host-key";
        position = adminsPosition;
        message = "user ${u} is a secrets admin but has no public key, so no secrets file can be encrypted to them.";
        hint = "Give user ${u} keys.age = \"age1…\"; (`age-keygen -o key.txt` makes one) in inventory/users.nix.";
      }
    ) (filter (u: plan.userKeys.${u}.source == null) plan.admins);

  /**
    Secret names as a list in words.
  */
  secretsList = ns: humanList (map (n: n.name) ns);

  missingHostKeys = concatMap (
    name:
    let
      h = plans.${name}.host;
    in
    optional (plan.hostKeys.${name}.source == null) (diagnostics.make {
      code = "missing-host-key";
      position = h.position;
      host = name;
      message = "host ${name} needs secrets (${secretsList plan.needs.${name}}) but has no public key to encrypt them to.";
      hint = "Add keys.ssh = \"ssh-ed25519 …\"; (the host's /etc/ssh/ssh_host_ed25519_key.pub) or keys.age = \"age1…\"; to host ${name}.";
    })
  ) (if enabled then plan.hostsNeeding else [ ])
  # Users whose homes need secrets: the user decrypts them (Home Manager's module).
  ++ concatMap (
    u:
    let
      user = normalized.users.${u};
      needed = concatMap (key: filter (n: n.user == u) plan.homeNeeds.${key}) plan.homesNeeding;
    in
    optional (needed != [ ] && plan.userKeys.${u}.source == null) (diagnostics.make {
      code = "missing-host-key";
      position = user.position;
      message = "user ${u}'s homes need secrets (${secretsList (lists.uniqueOn (n: n.name) needed)}) but user ${u} has no public key to encrypt them to.";
      hint = "Give user ${u} keys.age = \"age1…\"; (or an ssh-ed25519 key in sshKeys) in inventory/users.nix.";
    })
  ) (if enabled then attrNames normalized.users else [ ]);

  /**
    The YAML key path of secret `name`, as a message shows it.
  */
  keyPath = name: concatStringsSep ": " (strings.splitOn "/" name) + ":";
  missingSecrets = concatMap (
    host:
    map (
      n:
      let
        what = "${if n ? user then "${n.user}@${n.host}" else "host ${host}"} needs secret ${quote n.name} (${n.unit.kind} ${n.unit.id}, selected by ${
          resolve.showReason (head n.selected.reasons)
        })";
        problem =
          if !enabled then
            {
              message = "${what}, but the project has no inventory/secrets.nix, so no secrets backend holds it.";
              hint = "Create inventory/secrets.nix: { backend = \"sops\"; admins = [ \"<user>\" ]; } (or backend = \"agenix\").";
            }
          else if !n.exists then
            {
              message = "${what}, but ${n.file} does not exist.";
              hint =
                if backend == "sops" then
                  "Write the rules (`arbor secrets rules . --write`), then `sops ${n.file}` and add ${keyPath n.name} <value>."
                else
                  "Write the rules (`arbor secrets rules . --write`), then `cd secrets && agenix -e ${strings.removePrefix "secrets/" n.file}`.";
            }
          else
            {
              message = "${what}, but ${n.file} has no key ${keyPath n.name}.";
              hint = "Add it with `sops ${n.file}` (sops-nix reads ${quote n.key}, each `/` one level of nesting).";
            };
      in
      diagnostics.make {
        code = "missing-secret";
        inherit (n) position;
        inherit host;
        inherit (problem) message hint;
      }
    ) (filter (n: !n.present) (plan.needs.${host} or plan.homeNeeds.${host}))
  ) (plan.hostsNeeding ++ plan.homesNeeding);

  /**
    Who a recipient belongs to, for messages about extra recipients.
  */
  ownerOf =
    recipient:
    let
      hostsWith = filter (h: plan.hostKeys.${h}.recipient == recipient) (attrNames plans);
      usersWith = filter (u: plan.userKeys.${u}.recipient == recipient) (attrNames normalized.users);
    in
    if usersWith != [ ] then
      " (user ${head usersWith})"
    else if hostsWith != [ ] then
      " (host ${head hostsWith})"
    else
      "";

  recipientChecks = concatMap (
    f:
    let
      sops = f.sops;
      position =
        if sops.ageLine != null then
          sops.ageLine
        else if sops.metadata != null then
          sops.metadata
        else
          diagnostics.filePosition f.file;
      at = p: {
        inherit (f) file;
        inherit (p) line column;
      };
      present = map (r: r.recipient) sops.recipients;
      expected = filter (id: (plan.recipientOf id).recipient != null) f.readers;
      expectedRecipients = map (id: (plan.recipientOf id).recipient) expected;
      label = id: builtins.replaceStrings [ ":" ] [ " " ] id;
      hostOf = id: if strings.hasPrefix "host:" id then strings.removePrefix "host:" id else f.host;
    in
    if !sops.encrypted then
      [
        (diagnostics.make {
          code = "secret-recipients";
          position = diagnostics.filePosition f.file;
          host = f.host;
          message = "${f.file} has no sops metadata (a `sops:` block with a `mac`): it is not encrypted, or not by sops.";
          hint = "Encrypt it in place (`sops encrypt --in-place ${f.file}`); never commit a secret in clear text.";
        })
      ]
    else
      map (
        id:
        let
          recipient = (plan.recipientOf id).recipient;
        in
        diagnostics.make {
          code = "secret-recipients";
          position = at position;
          host = hostOf id;
          message = "${f.file} is not encrypted to ${label id} (${recipient}), which must be able to decrypt it.";
          hint = "Run `arbor secrets rules . --write`, then `sops updatekeys ${f.file}` with a key that can decrypt it now.";
        }
      ) (filter (id: !(elem (plan.recipientOf id).recipient present)) expected)
      ++ map (
        r:
        diagnostics.make {
          code = "secret-recipients";
          severity = "warning";
          position = at r;
          host = f.host;
          message = "${f.file} is also encrypted to ${r.recipient}${ownerOf r.recipient}, which the inventory does not let read it (a removed admin or host?).";
          hint = "Run `arbor secrets rules . --write`, then `sops updatekeys ${f.file}`; rotate the values that recipient could read.";
        }
      ) (filter (r: !(elem r.recipient expectedRecipients)) sops.recipients)
  ) (filter (f: f.exists && f.sops != null) (attrValues files));

  staleRules =
    optional (rules != null && discovered.exists rules.file && builtins.readFile (discovered.pathOf rules.file) != rules.text)
      (diagnostics.make {
        code = "secret-recipients";
        severity = "warning";
        position = diagnostics.filePosition rules.file;
        message = "${rules.file} differs from the rules Arbor generates from the inventory, so new or re-keyed files would be encrypted to the wrong recipients.";
        hint = "Run `arbor secrets rules . --write` (then re-key the files it changes).";
      });

  /**
    unknown-secret: the topmost keys of a sops file that no declared secret lies on.
  */
  unknownKeys =
    file: declared: host: owner:
    let
      paths = map (strings.splitOn "/") declared;
      related = p: builtins.any (d: plan.hasPrefixList p d || plan.hasPrefixList d p) paths;
      parentKnown =
        p:
        let
          parent = lists.take (builtins.length p - 1) p;
        in
        parent == [ ] || builtins.any (d: plan.hasPrefixList parent d) paths;
    in
    map (
      e:
      diagnostics.make {
        code = "unknown-secret";
        severity = "warning";
        position = {
          inherit file;
          inherit (e) line column;
        };
        inherit host;
        message = "${file} holds ${quote (concatStringsSep "/" e.path)}, which no ${owner} declares.";
        hint = "Declare it in a meta.nix (secrets.${quote (concatStringsSep "/" e.path)} = { … };) or remove it with `sops ${file}`.";
      }
    ) (filter (e: !(related e.path) && parentKnown e.path) (plan.sopsFiles.${file}).keys);

  unknownSecrets =
    if !enabled then
      [ ]
    else if backend == "sops" then
      concatMap (
        file:
        if files ? ${file} then
          let
            f = files.${file};
          in
          unknownKeys file f.secrets f.host (
            if f.user != null then
              "home of user ${f.user}"
            else if f.host == null then
              "host's shared secrets"
            else
              "dendrite or fruit of host ${f.host}"
          )
        else
          optional ((plan.sopsFiles.${file}).keys != [ ]) (diagnostics.make {
            code = "unknown-secret";
            severity = "warning";
            position = diagnostics.filePosition file;
            message = "${file} holds secrets, but no host needs a secret stored there.";
            hint = "Remove the file, or declare its secrets in the meta.nix of a dendrite or fruit the host selects.";
          })
      ) (attrNames plan.sopsFiles)
    else
      map (
        file:
        diagnostics.make {
          code = "unknown-secret";
          severity = "warning";
          position = diagnostics.filePosition file;
          message = "${file} holds a secret that no host needs.";
          hint = "Remove it (and its rule), or declare the secret in the meta.nix of a dendrite or fruit a host selects.";
        }
      ) (filter (f: strings.hasSuffix ".age" f && !(files ? ${f})) discovered.secretFiles);

  # Secret names must be path-like, since they become file paths and key paths.
  badNames = concatMap (
    unit:
    map (
      name:
      diagnostics.make {
        code = "meta-mismatch";
        position = diagnostics.positionOf name (unit.rawMeta.secrets or { }) unit.metaFile;
        message = "${unit.kind} ${unit.id}: secret name ${quote name} is not usable as a file and key path.";
        hint = "Use letters, digits, `_`, `-` and `.`, with `/` between levels, e.g. \"wireguard/private-key\".";
      }
    ) (filter (name: !(plan.validName name)) (attrNames unit.secrets))
  ) (attrValues normalized.dendrites ++ attrValues normalized.fruits);
in
hostKeyProblems
++ userKeyProblems
++ adminProblems
++ missingHostKeys
++ missingSecrets
++ recipientChecks
++ staleRules
++ unknownSecrets
++ badNames
