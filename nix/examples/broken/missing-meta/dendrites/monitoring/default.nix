# No meta.nix next to this file.
{ services.prometheus.exporters.node.enable = true; }
