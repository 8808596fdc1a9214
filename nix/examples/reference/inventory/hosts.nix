{
  nas = {
    description = "File server";      # string, shown in the graph
    system = "x86_64-linux";          # default "x86_64-linux"
    class = "nixos";                  # "nixos" | "darwin"; default: "darwin" when system ends in -darwin
    roles = [ "server" ];             # names from roles.nix
    users = [ "alice" ];              # names from users.nix: accounts on this host, and their homes
    dendrites = [ "storage/zfs" ];    # dendrite ids
    fruits = [ "tape-library" ];      # fruit names
    networks.lan = { address = "10.0.0.5"; interface = "enp3s0"; };   # membership: address, interface
    networks.ygg.address = "200:1234::5";
    facts = {                         # free-form; dendrites declare what they need
      storage.zfs = { hostId = "8425e349"; pools = [ "tank" ]; };
      tape.manager = "bacula";
    };
    ports = { ssh = 22; web = [ 80 443 ]; };   # name = port | [ ports ], each 1–65535, no port twice
    keys = {                          # public keys only (v2), for secrets: the host's
      ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPaCI0Jh1kOBCLyB4U1YBQkSZG8f/vKrQNPrtpmVVMRb";   # /etc/ssh/ssh_host_ed25519_key.pub …
      # age = "age1…";                # … or an age recipient (either; age wins when both)
    };
    deploy = {
      tools = [ "colmena" "deploy-rs" ];  # default: both on NixOS, [ "deploy-rs" ] on darwin; or "comin"
      network = "lan";                    # the target is the host's address in this network …
      # targetHost = "nas.lan";           # … or this; one of the two is required
      targetUser = "root";                # default "root" (Colmena targetUser, deploy-rs sshUser)
      sshPort = 22;                       # Colmena targetPort, deploy-rs sshOpts [ "-p" … ]
      tags = [ "storage" ];               # Colmena tags (colmena apply --on @storage)
      buildOnTarget = false;              # Colmena buildOnTarget, deploy-rs remoteBuild
      checks = false;                     # v2: deploy-rs' deployChecks in `nix flake check` (opt-in)
      # comin = {                         # v2, with tools = [ "comin" ]: pull deployment
      #   url = "https://git.example.com/fleet.git";   # required for comin
      #   branch = "main";                             # default "main"
      # };
    };
    bootstrap = {
      installer = "nixos-anywhere";       # the only installer so far (the default)
      disko = "disko.nix";                # a disko module, relative to hosts/<host>/
      network = "lan";                    # nixos-anywhere connects to root@<address there>
    };
  };
}
