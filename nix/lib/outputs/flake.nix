# The real flake outputs, built from the model with the real tools.
#
#   import ./lib/outputs/flake.nix { inherit inputs; root = ./.; systems = [ … ]; }
#
# returns { nixosConfigurations; darwinConfigurations; homeConfigurations;
# colmena; colmenaHive; deploy; modules; checks.<system>; }. It is a plain
# function so it can be tested with stand-in inputs; `flake-module.nix` is
# the thin flake-parts wrapper around it.
#
# How each output is made (see docs/library.md and the ecosystem notes):
# - nixosConfigurations.<h> = inputs.nixpkgs.lib.nixosSystem { specialArgs;
#   modules; }: no `system` argument; the generated module sets
#   `nixpkgs.hostPlatform`. Modules are passed as paths, so errors name the
#   right file and equal files are imported once; generated modules are
#   wrapped as { _file; key; imports; }.
# - darwinConfigurations.<h> = inputs.nix-darwin.lib.darwinSystem, likewise.
# - homeConfigurations."u@h" = inputs.home-manager.lib.homeManagerConfiguration
#   { pkgs = inputs.nixpkgs.legacyPackages.<host system>; modules;
#   extraSpecialArgs; } (never `lib` in extraSpecialArgs).
# - colmena: the raw hive. meta.nixpkgs is an initialised package set; nodes
#   of another system get meta.nodeNixpkgs; `deployment.*` is set only in the
#   Colmena node module, never in a module nixosSystem also sees.
#   colmenaHive = inputs.colmena.lib.makeHive colmena.
# - deploy.nodes.<h>: profiles.system.path =
#   inputs.deploy-rs.lib.<host system>.activate.<nixos|darwin> <config>;
#   the ssh port goes into sshOpts.
# - modules.<class>.<id>: every dendrite, for other flakes (class "any" is
#   `generic`).
# - checks.<system>: `arbor` (fails listing every diagnostic), the Home
#   Manager activation packages, and deploy-rs' deployChecks of the hosts of
#   that system that opt in with `deploy.checks = true` (they evaluate and
#   build every profile, so they are off by default).
#
# Every module handed to nixosSystem, darwinSystem, homeManagerConfiguration,
# makeHive and flake.modules carries `_class` and `_file`: project files are
# wrapped as { _class; _file; key; imports = [ path ]; } (the path inside
# keeps its own file and key, so errors and de-duplication are unchanged), so
# a module of the wrong class fails with the module system's own error.
# Hosts that need secrets get the sops-nix or agenix module, comin hosts
# comin's, through the generated host module (hosts/generated-modules.nix).
# Colmena's node modules equal nixosConfigurations' plus the `deployment`
# module, which also sets `nixpkgs.flake.source` as nixosSystem does (makeHive
# evaluates eval-config.nix directly, so without it the node's registry and
# NIX_PATH, and so its toplevel, would differ).
#
# With any error diagnostic, every output value throws the full report, one
# `file:line:col: code: message` a line.
#
# This folder holds what the model becomes in a flake: flake.nix (here, the real outputs),
# preview.nix (the same tree as data, for the playground and `arbor eval`) and deployment.nix
# (the Colmena, deploy-rs, nixos-anywhere and comin data both use).
{
  inputs,
  root,
  systems ? [ ],
}:
let
  model = import ../pipeline/model.nix { inherit root; };
  arguments = import ../hosts/arguments.nix { inherit model; };
  deployData = import ./deployment.nix;
  lists = import ../util/lists.nix;
  attrs = import ../util/attrs.nix;
  inherit (model) plans discovered;
  inherit (builtins)
    attrNames
    filter
    map
    mapAttrs
    listToAttrs
    concatMap
    head
    length
    concatStringsSep
    ;

  hostNames = attrNames plans;

  /**
    The names of the hosts for which `pred` holds.
  */
  hostsWhere = pred: filter (name: pred plans.${name}.host) hostNames;
  colmenaNodes = hostsWhere (deployData.usesTool "colmena");
  deployNodes = hostsWhere (deployData.usesTool "deploy-rs");
  darwinHosts = hostsWhere (h: h.class == "darwin");
  diskoHosts = hostsWhere (h: h.bootstrap != null && h.bootstrap.disko != null);
  cominHosts = hostsWhere (deployData.usesTool "comin");

  /**
    The hosts and homes whose secrets need the flake input `input` (sops-nix or agenix).
  */
  secretsInput =
    input:
    filter (name: model.secrets.wiring.inputOf name == input) hostNames
    ++ filter (key: model.secrets.wiring.homeInputOf key == input) homeKeys;
  homeKeys = concatMap (name: attrNames plans.${name}.homeConfigurations) hostNames;

  /**
    Inputs the inventory needs but flake.nix does not have.
  */
  needs = input: users: lists.optional (users != [ ] && !(inputs ? ${input})) {
    inherit input users;
  };
  missingInputs =
    needs "nix-darwin" darwinHosts
    ++ needs "home-manager" homeKeys
    ++ needs "colmena" colmenaNodes
    ++ needs "deploy-rs" deployNodes
    ++ needs "disko" diskoHosts
    ++ needs "sops-nix" (secretsInput "sops-nix")
    ++ needs "agenix" (secretsInput "agenix")
    ++ needs "comin" cominHosts;
  missingReport = concatStringsSep "\n" (
    map (
      m: "flake.nix: missing input `${m.input}`, needed by ${concatStringsSep ", " m.users}. Add inputs.${m.input}.url and run `nix flake lock`."
    ) missingInputs
  );

  ok = model.errors == [ ] && missingInputs == [ ];
  report =
    if model.errors == [ ] then
      "Arbor: the flake cannot be built:\n${missingReport}"
    else
      model.report + (if missingInputs == [ ] then "" else "\n" + missingReport);

  /**
    `value`, or the full report of the fleet's problems when there are any.
  */
  guard = value: if ok then value else throw report;

  /**
    The NixOS / nix-darwin module of a flake input.
  */
  inputModule =
    input: class:
    let
      set =
        if class == "darwin" then
          "darwinModules"
        else if class == "homeManager" then
          "homeManagerModules"
        else
          "nixosModules";
      name =
        {
          sops-nix = "sops";
          agenix = "default";
          comin = "comin";
          disko = "disko";
        }
        .${input};
    in
    inputs.${input}.${set}.${name};
  generated = import ../hosts/generated-modules.nix { inherit model root inputModule; };
  inherit (generated) hostModule homeModule;
  pathOf = discovered.pathOf;
  rootString = toString root;
  wrap = generated.wrap;

  /**
    A project file as a module of `class`: the path inside keeps its own key.
  */
  classed = class: file: wrap class file "arbor:${class}:${file}" (pathOf file);

  /**
    The modules of host `name` for nixosSystem / darwinSystem: project files wrapped with their
    class, generated and disko modules in place.
  */
  modulesOf =
    name:
    let
      class = plans.${name}.host.class;
    in
    map (
      entry:
      if entry.id == "arbor:host" then
        hostModule name
      else if entry.id == "arbor:disko" then
        wrap class entry.file "arbor:disko:${name}" (inputModule "disko" class)
      else
        classed class entry.file
    ) plans.${name}.modules;

  /**
    The special arguments of host `name`: Arbor's `host` and `arbor`, and the flake's `inputs`.
  */
  specialArgsOf = name: arguments.forHost name // { inherit inputs; };

  /**
    The configuration of host `name`, built by nix-darwin or nixpkgs by its class.
  */
  configuration =
    name:
    let
      h = plans.${name}.host;
      args = {
        specialArgs = specialArgsOf name;
        modules = modulesOf name;
      };
    in
    if h.class == "darwin" then
      inputs.nix-darwin.lib.darwinSystem args
    else
      inputs.nixpkgs.lib.nixosSystem args;
  configurations = attrs.genAttrs hostNames configuration;

  nixosConfigurations = attrs.genAttrs (hostsWhere (h: h.class == "nixos")) (
    name: guard configurations.${name}
  );
  darwinConfigurations = attrs.genAttrs darwinHosts (name: guard configurations.${name});

  homes = listToAttrs (
    concatMap (
      name:
      map (key: {
        name = key;
        value = plans.${name}.homeConfigurations.${key};
      }) (attrNames plans.${name}.homeConfigurations)
    ) hostNames
  );

  /**
    The Home Manager configuration of one home, with the host system's packages.
  */
  homeConfigurationOf =
    home:
    inputs.home-manager.lib.homeManagerConfiguration {
      pkgs = inputs.nixpkgs.legacyPackages.${home.system};
      modules = map (
        entry: if entry.id == "arbor:home" then homeModule home else classed "homeManager" entry.file
      ) home.modules;
      extraSpecialArgs = arguments.forHome home.host home.user // { inherit inputs; };
    };
  homeConfigurations = mapAttrs (_: home: guard (homeConfigurationOf home)) homes;

  # Colmena.
  colmenaSystem = deployData.colmenaSystem (if systems != [ ] then head systems else "x86_64-linux") (
    map (name: plans.${name}.host) colmenaNodes
  );

  /**
    The module that gives Colmena node `name` its `deployment` settings.
  */
  deploymentModule =
    name:
    wrap "nixos" plans.${name}.host.file "arbor:colmena:${name}" {
      deployment = deployData.colmenaDeployment plans.${name}.host;
      # What nixosSystem adds (at this priority) and makeHive does not: keeps the node's
      # toplevel identical to nixosConfigurations.<name>'s.
      nixpkgs.flake.source = inputs.nixpkgs.outPath;
    };
  colmena = {
    meta = guard {
      nixpkgs = inputs.nixpkgs.legacyPackages.${colmenaSystem};
      nodeNixpkgs = listToAttrs (
        map (name: {
          inherit name;
          value = inputs.nixpkgs.legacyPackages.${plans.${name}.host.system};
        }) (filter (name: plans.${name}.host.system != colmenaSystem) colmenaNodes)
      );
      nodeSpecialArgs = attrs.genAttrs colmenaNodes specialArgsOf;
    };
  }
  // attrs.genAttrs colmenaNodes (
    name:
    guard {
      imports = modulesOf name ++ [ (deploymentModule name) ];
    }
  );
  colmenaHive = guard (inputs.colmena.lib.makeHive colmena);

  /**
    deploy-rs.
  */
  deployNode =
    name:
    let
      h = plans.${name}.host;
      activate = inputs.deploy-rs.lib.${h.system}.activate.${deployData.activation h};
    in
    deployData.deployRsNode h
    // {
      profiles.system = {
        user = "root";
        path = activate configurations.${name};
      };
    };
  deploy = {
    nodes = attrs.genAttrs deployNodes (name: guard (deployNode name));
  };

  /**
    flake.modules.<class>.<id>
  */
  moduleClass = class: if class == "any" then "generic" else class;
  dendrites = model.normalized.dendrites;
  classes = lists.unique (map (id: moduleClass dendrites.${id}.class) (attrNames dendrites));
  modules = attrs.genAttrs classes (
    class:
    attrs.genAttrs (filter (id: moduleClass dendrites.${id}.class == class) (attrNames dendrites)) (
      id:
      let
        d = dendrites.${id};
        files = lists.optional (d.file != null) d.file ++ d.leaves;
      in
      guard (
        {
          _file = "${rootString}/${d.dir}";
          key = "arbor:dendrite:${id}";
          imports = map pathOf files;
        }
        // attrs.optionalAttrs (class != "generic") { _class = class; }
      )
    )
  );

  # checks.<system>
  warnings = filter (d: d.severity == "warning") model.diagnostics;

  /**
    The `arbor` check of `system`: a derivation that builds when the model has no errors, tracing
    each warning.
  */
  arborCheck =
    system:
    let
      pkgs = inputs.nixpkgs.legacyPackages.${system};
      summary = "Arbor: ${toString (length hostNames)} hosts, ${toString (length homeKeys)} homes, no errors${
        if warnings == [ ] then "" else ", ${toString (length warnings)} warnings"
      }.";
    in
    guard (
      builtins.foldl' (acc: w: builtins.trace ("warning: " + model.formatDiagnostic w) acc) (
        pkgs.runCommandLocal "arbor-check" { } ''
          echo ${builtins.toJSON summary} > $out
        ''
      ) warnings
    );
  checks = attrs.genAttrs systems (
    system:
    {
      arbor = arborCheck system;
    }
    // listToAttrs (
      map (key: {
        name = "home-${key}";
        value = homeConfigurations.${key}.activationPackage;
      }) (filter (key: homes.${key}.system == system) homeKeys)
    )
    // (
      let
        nodes = filter (name: plans.${name}.host.system == system) (deployData.checkedNodes plans);
      in
      attrs.optionalAttrs (nodes != [ ] && inputs ? deploy-rs) (
        mapAttrs (_: guard) (
          inputs.deploy-rs.lib.${system}.deployChecks {
            nodes = attrs.genAttrs nodes (name: deploy.nodes.${name});
          }
        )
      )
    )
  );
in
{
  inherit
    model
    ok
    report
    nixosConfigurations
    darwinConfigurations
    homeConfigurations
    colmena
    colmenaHive
    deploy
    modules
    checks
    ;
}
