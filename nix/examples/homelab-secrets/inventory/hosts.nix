# The machines of the homelab: facts and intent, no NixOS code. The keys are
# THROWAWAY keys made for Arbor's tests (test/secrets/throwaway-keys/): never
# use them for anything real.
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
    # Its OpenSSH host key: sops-nix decrypts with it (as the age recipient ssh-to-age derives).
    keys.ssh = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPaCI0Jh1kOBCLyB4U1YBQkSZG8f/vKrQNPrtpmVVMRb";
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
    # An age identity in /var/lib/sops-nix/key.txt instead of the ssh host key.
    keys.age = "age1upclfznzhcw9duvncnnq5hes8cwrynszsexp6cr7a7yt5ynjsqesen8e3g";
    deploy = {
      targetHost = "workstation.lan";
      tools = [ "colmena" ];
      tags = [ "desktop" ];
      buildOnTarget = true;
    };
  };
}
