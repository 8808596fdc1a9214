# The inventory contract (v2), as data.
#
# v2 adds public keys (`hosts.<h>.keys`, `users.<u>.keys`), `inventory/secrets.nix`, the
# `secrets` a dendrite or fruit needs (`meta.nix`), role cardinality (`roles.<r>.hosts`), and for
# deploy the `comin` tool and the opt-in `checks`. Every v1 project is a valid v2 project.
#
# Each schema lists the fields a user may write and the type of each. The
# checker in `schema.nix` walks a value against a schema and reports
# `unknown-field` for anything not listed (with a did-you-mean) and, for a
# value of the wrong type, `invalid-field` in the inventory or
# `meta-mismatch` in a `meta.nix`. Keeping the contract in one table means
# the docs (docs/inventory.md), the checks and the did-you-mean hints can
# never disagree about which fields exist.
#
# Type specs: { type = "string" | "int" | "bool" | "attrs" | "any"; }
#             { type = "listOf"; of = <spec>; }
#             { type = "enum"; values = [ … ]; }
#             { type = "submodule"; fields = { <name> = <spec>; }; }
#             { type = "attrsOf"; of = <spec>; }
let
  string = {
    type = "string";
  };
  int = {
    type = "int";
  };
  bool = {
    type = "bool";
  };
  attrs = {
    type = "attrs";
  };
  any = {
    type = "any";
  };

  /**
    A contract type: a list whose elements have type `of`.
  */
  listOf = of: {
    type = "listOf";
    inherit of;
  };

  /**
    A contract type: one of `values`.
  */
  enum = values: {
    type = "enum";
    inherit values;
  };

  /**
    A contract type: an attribute set with the given `fields`, each with its own type.
  */
  submodule = fields: {
    type = "submodule";
    inherit fields;
  };

  /**
    A contract type: an attribute set whose values have type `of`.
  */
  attrsOf = of: {
    type = "attrsOf";
    inherit of;
  };
  names = listOf string;

  deployTools = [
    "colmena"
    "deploy-rs"
    "comin"
  ];

  secretBackends = [
    "sops"
    "agenix"
  ];

  # Network kinds that are overlays: a member needs an address in them.
  overlayKinds = [
    "yggdrasil"
    "wireguard"
    "tailscale"
    "zerotier"
    "nebula"
  ];

  factTypes = [
    "string"
    "int"
    "bool"
    "float"
    "list"
    "attrs"
    "path"
  ];

  host = submodule {
    description = string;
    system = string;
    class = enum [
      "nixos"
      "darwin"
    ];
    roles = names;
    users = names;
    dendrites = names;
    fruits = names;
    networks = attrsOf (submodule {
      address = string;
      interface = string;
    });
    facts = attrs;
    ports = attrs; # values are checked by validation/host.nix (invalid-port, duplicate-port)
    keys = submodule {
      ssh = string; # the host's OpenSSH ed25519 public key
      age = string; # or an age recipient
    };
    deploy = submodule {
      tools = listOf (enum deployTools);
      checks = bool; # deploy-rs' deployChecks for this host (off by default: slow)
      comin = submodule {
        url = string;
        branch = string;
      };
      network = string;
      targetHost = string;
      targetUser = string;
      sshPort = int;
      tags = names;
      buildOnTarget = bool;
    };
    bootstrap = submodule {
      installer = enum [ "nixos-anywhere" ];
      disko = string;
      network = string;
    };
  };

  user = submodule {
    uid = int;
    description = string;
    groups = names;
    homes = names;
    sshKeys = names;
    keys = submodule { age = string; };
    facts = attrs;
  };

  role = submodule {
    description = string;
    dendrites = names;
    fruits = names;
    homes = names;
    hosts = submodule {
      min = int;
      max = int;
    };
  };

  # inventory/secrets.nix
  secretsSettings = submodule {
    backend = enum secretBackends;
    admins = names;
  };

  # meta.nix: secrets."<name>" = { … }
  secretNeed = submodule {
    owner = string;
    group = string;
    mode = string;
    shared = bool;
    description = string;
  };

  network = submodule {
    kind = string;
    cidr = string;
    private = bool;
    description = string;
  };

  factCheck = submodule {
    type = enum factTypes;
    nonEmpty = bool;
    match = string;
    oneOf = listOf any;
  };

  dendriteFields = {
    description = string;
    class = enum [
      "nixos"
      "darwin"
      "homeManager"
      "any"
    ];
    requires = names;
    conflicts = names;
    facts = attrsOf factCheck;
    networks = names;
    secrets = attrsOf secretNeed;
  };

  dendriteMeta = submodule dendriteFields;
  fruitMeta = submodule (dendriteFields // { fruits = names; });
  homeMeta = submodule {
    description = string;
    class = enum [ "homeManager" ];
    requires = names;
    # A home's secrets belong to its user: no owner or group, never shared between users.
    secrets = attrsOf (submodule {
      mode = string;
      description = string;
    });
  };
in
{
  inherit
    host
    user
    role
    network
    dendriteMeta
    fruitMeta
    homeMeta
    factCheck
    secretsSettings
    secretNeed
    secretBackends
    deployTools
    overlayKinds
    factTypes
    ;
  hosts = attrsOf host;
  users = attrsOf user;
  roles = attrsOf role;
  networks = attrsOf network;

  # Host names Colmena reserves for hive options.
  colmenaReservedNames = [
    "defaults"
    "meta"
    "network"
  ];
  # Systems for which deploy-rs publishes `lib.<system>.activate`.
  deployRsSystems = [
    "x86_64-linux"
    "aarch64-linux"
    "x86_64-darwin"
    "aarch64-darwin"
  ];
}
