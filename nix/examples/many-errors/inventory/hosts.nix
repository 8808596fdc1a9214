# Many mistakes at once: Arbor reports all of them in one pass.
{
  box = {
    sytem = "x86_64-linux";
    roles = [ "sever" ];
    users = [ "alice" ];
    dendrites = [
      "base"
      "zfs"
    ];
    facts.storage.zfs.hostId = "not-hex!";
    ports = {
      ssh = 22;
      web = [
        80
        80
      ];
    };
    deploy = {
      network = "lan";
      sshPort = "22";
      tool = [ "colmena" ];
    };
  };
  mac = {
    system = "aarch64-darwin";
    dendrites = [ "zfs" ];
    deploy = {
      targetHost = "mac.local";
      tools = [ "colmena" ];
    };
  };
}
