# The same service module, disabled: it contributes nothing.
lib:
(lib.evalModules {
  modules = [
    ./service-module/firewall.nix
    ./service-module/web.nix
  ];
}).config.networking
