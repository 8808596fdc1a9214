# The module arguments Arbor gives dendrites, fruits, overrides and homes.
#
# Every generated configuration gets two extra module arguments (through
# `specialArgs`, so they can be used in `imports` too):
#
#   host    this host: { name; system; class; description; roles; users;
#           networks.<n> = { address; interface; kind; }; facts; ports;
#           deploy; bootstrap; dendrites; fruits; }
#   arbor   { host; hosts.<name> (the same for every host); users.<name>;
#           networks.<n> = { name; kind; cidr; private; overlay;
#           description; members = [ host names ]; addresses.<host>; };
#           user (homes only: the user this home is for); }
#
# `facts` are passed as written (paths stay paths). Everything is lazy: a
# dendrite that never reads `arbor.hosts` costs nothing for the others.
{ model }:
let
  inherit (builtins)
    attrNames
    mapAttrs
    concatMap
    groupBy
    listToAttrs
    map
    ;
  inherit (model) normalized plans;

  /**
    The `host` module argument of host `name`: its settings as the model normalised them (system,
    class, roles, users, facts, ports, deploy, networks, ...).
  */
  hostArgument =
    name:
    let
      plan = plans.${name};
      h = plan.host;
    in
    {
      inherit name;
      inherit (h)
        system
        class
        description
        roles
        users
        facts
        ports
        deploy
        bootstrap
        ;
      networks = mapAttrs (
        net: m:
        m
        // {
          kind = if normalized.networks ? ${net} then normalized.networks.${net}.kind else null;
        }
      ) h.networks;
      dendrites = map (d: d.id) plan.dendrites;
      fruits = map (f: f.id) plan.fruits;
    };

  hosts = mapAttrs (name: _: hostArgument name) plans;

  memberships = groupBy (m: m.network) (
    concatMap (
      name:
      map (net: {
        network = net;
        host = name;
        inherit (plans.${name}.host.networks.${net}) address;
      }) (attrNames plans.${name}.host.networks)
    ) (attrNames plans)
  );

  networks = mapAttrs (
    name: n:
    let
      members = memberships.${name} or [ ];
    in
    {
      inherit (n)
        name
        kind
        cidr
        private
        overlay
        description
        ;
      members = map (m: m.host) members;
      addresses = listToAttrs (
        map (m: {
          name = m.host;
          value = m.address;
        }) members
      );
    }
  ) normalized.networks;

  users = mapAttrs (name: u: {
    inherit name;
    inherit (u)
      uid
      description
      groups
      homes
      sshKeys
      facts
      ;
  }) normalized.users;

  /**
    The special arguments (`host`, `arbor`) every module of host `name` receives.
  */
  forHost = name: {
    host = hosts.${name};
    arbor = {
      host = hosts.${name};
      inherit hosts networks users;
    };
  };

  /**
    The special arguments every Home Manager module of `user` on host `name` receives.
  */
  forHome = name: user: {
    host = hosts.${name};
    arbor = {
      host = hosts.${name};
      user = users.${user};
      inherit hosts networks users;
    };
  };
in
{
  inherit forHost forHome;
}
