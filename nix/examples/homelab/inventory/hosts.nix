# The machines of the homelab: facts and intent, no NixOS code.
{
  nas = {
    description = "File server with a ZFS pool and an LTO tape library";
    system = "x86_64-linux";
    roles = [ "server" ];
    users = [ "alice" ];
    dendrites = [
      "storage/zfs"
      "network/yggdrasil-private"
    ];
    fruits = [
      "tape-library"
      "backup-server"
    ];
    networks.lan = {
      address = "10.0.0.5";
      interface = "enp3s0";
    };
    networks.ygg = {
      address = "200:1234::5";
    };
    facts = {
      storage.zfs = {
        hostId = "8425e349";
        pools = [ "tank" ];
      };
      tape = {
        manager = "bacula";
        devices = [ "/dev/nst0" ];
        changer = "/dev/sg3";
      };
      yggdrasil.listenPort = 9001;
    };
    ports = {
      ssh = 22;
      yggdrasil = 9001;
      bacula = [
        9101
        9102
        9103
      ];
    };
    deploy = {
      network = "lan";
      tags = [ "storage" ];
    };
    bootstrap = {
      installer = "nixos-anywhere";
      disko = "disko.nix";
      network = "lan";
    };
  };

  workstation = {
    description = "Desktop for work and play";
    system = "x86_64-linux";
    roles = [ "desktop" ];
    users = [
      "alice"
      "bob"
    ];
    dendrites = [ "network/yggdrasil-private" ];
    networks.lan.address = "10.0.0.20";
    networks.ygg.address = "200:1234::20";
    facts.yggdrasil.listenPort = 9001;
    ports = {
      ssh = 22;
      yggdrasil = 9001;
    };
    deploy = {
      targetHost = "workstation.lan";
      tools = [ "colmena" ];
      tags = [ "desktop" ];
      buildOnTarget = true;
    };
  };
}
