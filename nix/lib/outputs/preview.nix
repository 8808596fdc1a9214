# The outputs preview: the flake output tree Arbor will produce, as data.
#
# It mirrors flake.nix attribute for attribute, with descriptions in
# place of the evaluated configurations (which need nixpkgs): every host and
# user@host name, the builder that makes it, its module ids, and the
# deployment settings fully evaluated (hostnames, users, tags, ports,
# profiles). Outputs only appear when something uses them: no darwin host, no
# `darwinConfigurations`; no Colmena node, no `colmena`/`colmenaHive`.
#
# A host that needs secrets lists them under `secrets` of its configuration:
# the backend's module and the `sops.secrets` / `age.secrets` settings of its
# generated module (files as project-relative strings). A comin host shows
# its `services.comin` settings; deploy-rs' checks appear only for hosts that
# opt in with `deploy.checks = true`.
{
  plans,
  normalized,
  secrets,
}:
let
  deploy = import ./deployment.nix;
  attrs = import ../util/attrs.nix;
  lists = import ../util/lists.nix;
  inherit (builtins)
    attrNames
    filter
    map
    mapAttrs
    listToAttrs
    concatMap
    head
    ;

  hostNames = attrNames plans;

  /**
    The names of the hosts for which `pred` holds.
  */
  hostsWhere = pred: filter (name: pred plans.${name}.host) hostNames;

  /**
    The module ids of a host's plan, in order.
  */
  moduleIds = plan: map (m: m.id) plan.modules;

  /**
    The preview of the `class` hosts' configurations, each with the builder that makes it.
  */
  configurations =
    class: builder:
    attrs.genAttrs (hostsWhere (h: h.class == class)) (
      name:
      {
        inherit builder;
        inherit (plans.${name}.host) system;
        modules = moduleIds plans.${name};
      }
      // attrs.optionalAttrs (secrets.wiring.inputOf name != null) {
        secrets = {
          input = secrets.wiring.inputOf name;
          module = secrets.wiring.moduleOf class;
          settings = secrets.wiring.settings {
            file = f: f;
            mkDefault = v: v;
          } name;
        };
      }
      // attrs.optionalAttrs (deploy.usesTool "comin" plans.${name}.host) {
        comin = {
          module = "comin.${if class == "darwin" then "darwinModules" else "nixosModules"}.comin";
          settings = deploy.cominSettings plans.${name}.host;
        };
      }
    );

  homeConfigurations = listToAttrs (
    concatMap (
      name:
      map (key: {
        name = key;
        value =
          let
            home = plans.${name}.homeConfigurations.${key};
          in
          {
            builder = "home-manager.lib.homeManagerConfiguration";
            inherit (home) system user host;
            homeDirectory = if home.class == "darwin" then "/Users/${home.user}" else "/home/${home.user}";
            pkgs = "nixpkgs.legacyPackages.${home.system}";
            modules = map (m: m.id) home.modules;
          }
          // attrs.optionalAttrs (secrets.wiring.homeInputOf key != null) {
            secrets = {
              input = secrets.wiring.homeInputOf key;
              module = secrets.wiring.moduleOf "homeManager";
              settings = secrets.wiring.homeSettings {
                file = f: f;
                mkDefault = v: v;
              } key;
            };
          };
      }) (attrNames plans.${name}.homeConfigurations)
    ) hostNames
  );

  colmenaNodes = hostsWhere (deploy.usesTool "colmena");
  deployNodes = hostsWhere (deploy.usesTool "deploy-rs");
  colmenaSystem = deploy.colmenaSystem "x86_64-linux" (map (name: plans.${name}.host) colmenaNodes);

  colmena = {
    meta = {
      nixpkgs = "nixpkgs.legacyPackages.${colmenaSystem}";
      nodeNixpkgs = listToAttrs (
        map (name: {
          inherit name;
          value = "nixpkgs.legacyPackages.${plans.${name}.host.system}";
        }) (filter (name: plans.${name}.host.system != colmenaSystem) colmenaNodes)
      );
    };
  }
  // attrs.genAttrs colmenaNodes (name: {
    deployment = deploy.colmenaDeployment plans.${name}.host;
    modules = moduleIds plans.${name};
  });

  deployRs = {
    nodes = attrs.genAttrs deployNodes (
      name:
      let
        host = plans.${name}.host;
      in
      deploy.deployRsNode host
      // {
        profiles.system.path = "deploy-rs.lib.${host.system}.activate.${deploy.activation host} ${deploy.configurationsOutput host}.${name}";
      }
    );
  };

  /**
    The class a dendrite is exported under in `flake.modules`: "any" becomes "generic".
  */
  classOfModule = class: if class == "any" then "generic" else class;
  modules = listToAttrs (
    map (class: {
      name = class;
      value = listToAttrs (
        map (id: {
          name = id;
          value =
            let
              d = normalized.dendrites.${id};
            in
            lists.optional (d.file != null) d.file ++ d.leaves;
        }) (filter (id: classOfModule normalized.dendrites.${id}.class == class) (attrNames normalized.dendrites))
      );
    }) (lists.unique (map (id: classOfModule normalized.dendrites.${id}.class) (attrNames normalized.dendrites)))
  );

  systems = lists.unique (map (name: plans.${name}.host.system) hostNames);
  checks = attrs.genAttrs systems (
    system:
    {
      arbor = "arbor-check (fails when the model has errors)";
    }
    // listToAttrs (
      map (key: {
        name = "home-${key}";
        value = "homeConfigurations.\"${key}\".activationPackage";
      }) (filter (key: homeConfigurations.${key}.system == system) (attrNames homeConfigurations))
    )
    // attrs.optionalAttrs (filter (name: plans.${name}.host.system == system) (deploy.checkedNodes plans) != [ ]) {
      deploy-schema = "deploy-rs.lib.${system}.deployChecks";
      deploy-activate = "deploy-rs.lib.${system}.deployChecks";
    }
  );
in
{
  nixosConfigurations = configurations "nixos" "nixpkgs.lib.nixosSystem";
  inherit modules checks;
}
// attrs.optionalAttrs (hostsWhere (h: h.class == "darwin") != [ ]) {
  darwinConfigurations = configurations "darwin" "nix-darwin.lib.darwinSystem";
}
// attrs.optionalAttrs (homeConfigurations != { }) { inherit homeConfigurations; }
// attrs.optionalAttrs (colmenaNodes != [ ]) {
  inherit colmena;
  colmenaHive = {
    builder = "colmena.lib.makeHive colmena";
    nodes = colmenaNodes;
  };
}
// attrs.optionalAttrs (deployNodes != [ ]) { deploy = deployRs; }
