# Stand-in flake inputs for testing mk-outputs.nix without nixpkgs.
#
# Each builder returns its arguments plus a `marker` naming what was called,
# so a test can see exactly what Arbor passed to nixosSystem, darwinSystem,
# homeManagerConfiguration, makeHive and deploy-rs' activate functions.
let
  systems = [
    "x86_64-linux"
    "aarch64-linux"
    "x86_64-darwin"
    "aarch64-darwin"
  ];
  genAttrs =
    names: f:
    builtins.listToAttrs (
      map (name: {
        inherit name;
        value = f name;
      }) names
    );
  # Just enough of nixpkgs' lib for Arbor's generated modules.
  lib = {
    mkDefault = content: {
      _type = "override";
      priority = 1000;
      inherit content;
    };
    mkIf = condition: content: {
      _type = "if";
      inherit condition content;
    };
  };
  pkgsFor = system: {
    marker = "legacyPackages.${system}";
    inherit system;
    runCommandLocal = name: env: script: {
      type = "derivation";
      marker = "runCommandLocal";
      inherit name system script;
    };
  };
in
{
  inherit lib;
  nixpkgs = {
    outPath = "/stand-in/nixpkgs";
    lib = lib // {
      nixosSystem = args: {
        marker = "nixpkgs.lib.nixosSystem";
        inherit args;
      };
    };
    legacyPackages = genAttrs systems pkgsFor;
  };
  nix-darwin.lib.darwinSystem = args: {
    marker = "nix-darwin.lib.darwinSystem";
    inherit args;
  };
  home-manager.lib.homeManagerConfiguration = args: {
    marker = "home-manager.lib.homeManagerConfiguration";
    inherit args;
    activationPackage = {
      type = "derivation";
      marker = "activationPackage";
    };
  };
  colmena.lib.makeHive = hive: {
    marker = "colmena.lib.makeHive";
    __schema = "v0.5";
    inherit hive;
  };
  deploy-rs.lib = genAttrs systems (system: {
    activate = genAttrs [ "nixos" "darwin" ] (kind: configuration: {
      marker = "deploy-rs.lib.${system}.activate.${kind}";
      inherit configuration;
    });
    deployChecks = deploy: {
      deploy-schema = {
        marker = "deploy-rs.lib.${system}.deployChecks.deploy-schema";
        nodes = builtins.attrNames deploy.nodes;
      };
      deploy-activate = {
        marker = "deploy-rs.lib.${system}.deployChecks.deploy-activate";
        nodes = builtins.attrNames deploy.nodes;
      };
    };
  });
  disko.nixosModules.disko = {
    marker = "disko.nixosModules.disko";
  };
  sops-nix = {
    nixosModules.sops = {
      marker = "sops-nix.nixosModules.sops";
    };
    darwinModules.sops = {
      marker = "sops-nix.darwinModules.sops";
    };
    homeManagerModules.sops = {
      marker = "sops-nix.homeManagerModules.sops";
    };
  };
  agenix = {
    nixosModules.default = {
      marker = "agenix.nixosModules.default";
    };
    darwinModules.default = {
      marker = "agenix.darwinModules.default";
    };
    homeManagerModules.default = {
      marker = "agenix.homeManagerModules.default";
    };
  };
  comin = {
    nixosModules.comin = {
      marker = "comin.nixosModules.comin";
    };
    darwinModules.comin = {
      marker = "comin.darwinModules.comin";
    };
  };
}
