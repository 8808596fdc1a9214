# Evaluate mk-outputs.nix for one example with stand-in inputs and describe
# the result as JSON: per host the builder, system, class and module list;
# per home the pkgs and modules; each Colmena and deploy-rs node's target.
#
#   nix-instantiate --eval --strict --json test/library/flake/summary.nix \
#     --arg root ./nix/examples/homelab
{
  root,
  systems ? [
    "x86_64-linux"
    "aarch64-linux"
    "aarch64-darwin"
  ],
}:
let
  inputs = import ./stand-ins.nix;
  out = import ../../../nix/lib/outputs/flake.nix { inherit inputs root systems; };
  rootString = toString root;
  prefix = rootString + "/";
  relative =
    s:
    let
      n = builtins.stringLength prefix;
    in
    if builtins.substring 0 n s == prefix then builtins.substring n (builtins.stringLength s) s else s;

  # A module as a test wants to see it: a file, a stand-in marker, or the
  # key of a wrapped generated module. A project file or input module that
  # Arbor wraps only to give it a `_class` is shown as what it wraps.
  isClassWrapper =
    m: builtins.match "arbor:(nixos|darwin|homeManager|disko):.*" (m.key or "") != null;
  describeModule =
    m:
    if builtins.isPath m then
      relative (toString m)
    else if m ? marker then
      m.marker
    else if isClassWrapper m then
      describeModule (builtins.head m.imports)
    else if m ? key then
      "${m.key} (${relative m._file})"
    else
      "<inline>";
  # The `_class` of every module handed to a builder (null where missing).
  classesOf = map (m: m._class or null);

  # The secrets and comin settings of a generated host module.
  secretsOf =
    settings:
    let
      relativeFiles = field: builtins.mapAttrs (_: s: s // { ${field} = relative (toString s.${field}); });
    in
    if settings ? sops then
      {
        backend = "sops";
        secrets = relativeFiles "sopsFile" settings.sops.secrets;
        sshKeyPaths = settings.sops.age.sshKeyPaths.content or null;
        keyFile = settings.sops.age.keyFile.content or null;
      }
    else if settings ? age then
      {
        backend = "agenix";
        secrets = relativeFiles "file" settings.age.secrets;
        identityPaths = settings.age.identityPaths.content or null;
      }
    else
      null;
  hostModuleOf =
    modules: builtins.head (builtins.filter (m: builtins.isAttrs m && builtins.substring 0 11 (m.key or "") == "arbor:host:") modules);

  # Apply a wrapped generated module to the stand-in lib to read its settings.
  generated =
    modules: keyPrefix:
    let
      found = builtins.filter (
        m: builtins.isAttrs m && m ? key && builtins.substring 0 (builtins.stringLength keyPrefix) m.key == keyPrefix
      ) modules;
    in
    if found == [ ] then
      null
    else
      (builtins.head (builtins.head found).imports) {
        inherit (inputs) lib;
        config = { };
      };

  describeSystem =
    c:
    let
      settings = generated c.args.modules "arbor:host:";
    in
    {
      builder = c.marker;
      modules = map describeModule c.args.modules;
      classes = classesOf c.args.modules;
      hostModuleImports = map describeModule (builtins.tail (hostModuleOf c.args.modules).imports);
      secrets = secretsOf settings;
      comin = settings.services.comin or null;
      hostName = settings.networking.hostName.content;
      hostPlatform = settings.nixpkgs.hostPlatform.content;
      users = settings.users.users;
      stateVersion = settings.system.stateVersion.content or null;
      specialArgs = {
        host = {
          inherit (c.args.specialArgs.host) name system class;
        };
        arborHost = c.args.specialArgs.arbor.host.name;
        hasInputs = c.args.specialArgs ? inputs;
      };
    };

  describeHome =
    c:
    let
      settings = generated c.args.modules "arbor:home:";
    in
    {
      builder = c.marker;
      pkgs = c.args.pkgs.marker;
      modules = map describeModule c.args.modules;
      classes = classesOf c.args.modules;
      username = settings.home.username;
      homeDirectory = settings.home.homeDirectory.content;
      user = c.args.extraSpecialArgs.arbor.user.name;
      host = c.args.extraSpecialArgs.host.name;
      passesLib = c.args.extraSpecialArgs ? lib;
      homeModuleImports = map describeModule (
        builtins.tail
          (builtins.head (builtins.filter (m: builtins.substring 0 11 (m.key or "") == "arbor:home:") c.args.modules))
          .imports
      );
      secrets = secretsOf settings;
    };

  nodeNames = builtins.filter (n: n != "meta") (builtins.attrNames out.colmena);
in
if !out.ok then
  {
    ok = false;
    report = out.report;
    nixosConfigurationsFail = !(builtins.tryEval (builtins.attrValues out.nixosConfigurations)).success
      || builtins.any (c: !(builtins.tryEval c).success) (builtins.attrValues out.nixosConfigurations);
    checkFails = builtins.all (s: !(builtins.tryEval out.checks.${s}.arbor).success) systems;
  }
else
  {
    ok = true;
    nixosConfigurations = builtins.mapAttrs (_: describeSystem) out.nixosConfigurations;
    darwinConfigurations = builtins.mapAttrs (_: describeSystem) out.darwinConfigurations;
    homeConfigurations = builtins.mapAttrs (_: describeHome) out.homeConfigurations;
    colmena = {
      meta = {
        nixpkgs = out.colmena.meta.nixpkgs.marker;
        nodeNixpkgs = builtins.mapAttrs (_: p: p.marker) out.colmena.meta.nodeNixpkgs;
        nodeSpecialArgs = builtins.mapAttrs (name: a: a.host.name) out.colmena.meta.nodeSpecialArgs;
      };
      nodes = builtins.listToAttrs (
        map (name: {
          inherit name;
          value =
            let
              modules = out.colmena.${name}.imports;
              deployment = builtins.head (builtins.filter (m: builtins.isAttrs m && (m.key or "") == "arbor:colmena:${name}") modules);
            in
            {
              modules = map describeModule modules;
              classes = classesOf modules;
              deployment = (builtins.head deployment.imports).deployment;
              flakeSource = (builtins.head deployment.imports).nixpkgs.flake.source;
            };
        }) nodeNames
      );
    };
    colmenaHive = {
      builder = out.colmenaHive.marker;
      inherit (out.colmenaHive) __schema;
    };
    deploy.nodes = builtins.mapAttrs (
      _: node:
      removeAttrs node [ "profiles" ]
      // {
        profiles.system = {
          inherit (node.profiles.system) user;
          path = node.profiles.system.path.marker;
          configuration = node.profiles.system.path.configuration.marker;
        };
      }
    ) out.deploy.nodes;
    modules = builtins.mapAttrs (
      _: builtins.mapAttrs (id: m: map describeModule m.imports)
    ) out.modules;
    moduleClasses = builtins.mapAttrs (_: builtins.mapAttrs (id: m: m._class or null)) out.modules;
    checks = builtins.mapAttrs (
      _: checks: builtins.mapAttrs (_: c: c.marker or c.type or "?") checks
    ) out.checks;
  }
