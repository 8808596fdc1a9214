# A NixOS-style service module: an enable option gates config in other parts of the tree.
lib:
(lib.evalModules {
  modules = [
    ./service-module/firewall.nix
    ./service-module/web.nix
    { services.web.enable = true; }
  ];
}).config
