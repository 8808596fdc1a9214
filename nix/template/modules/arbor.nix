# Arbor: builds nixosConfigurations, darwinConfigurations, homeConfigurations,
# colmena/colmenaHive, deploy.nodes, flake.modules and checks from the
# inventory (../inventory), dendrites, fruits, homes and host overrides.
# The library lives in ../lib (a versioned copy of Arbor's nix/lib).
{
  imports = [ ../lib/flake-module.nix ];

  # Systems for perSystem outputs (checks.<system>.arbor and friends).
  systems = [
    "x86_64-linux"
    "aarch64-linux"
    "aarch64-darwin"
  ];

  # The project root: inventory/, dendrites/, fruits/, homes/, hosts/.
  arbor.root = ../.;
}
