{
  box = {
    dendrites = [ "base" ];
    networks.lan.address = "10.0.0.2";
    bootstrap = {
      installer = "nixos-anywhere";
      disko = "disk-layout.nix";
      network = "lan";
    };
  };
}
