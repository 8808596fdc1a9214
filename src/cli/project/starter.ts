/** The project `arbor new DIR` creates without `--example`: one host, one role, one dendrite. */

import type { ProjectFiles } from '../../lib/arbor/types';

export const STARTER_FILES: ProjectFiles = {
  'inventory/hosts.nix': `{
  machine = {
    system = "x86_64-linux";
    roles = [ "server" ];
    users = [ "admin" ];
  };
}
`,
  'inventory/users.nix': `{
  admin = {
    uid = 1000;
    description = "Administrator";
    groups = [ "wheel" ];
  };
}
`,
  'inventory/roles.nix': `{
  server = {
    dendrites = [ "base" ];
  };
}
`,
  'inventory/networks.nix': `{ }
`,
  'dendrites/base/meta.nix': `{
  description = "What every machine has";
  class = "nixos";
}
`,
  'dendrites/base/default.nix': `{ host, ... }:
{
  networking.hostName = host.name;
  services.openssh.enable = true;
  system.stateVersion = "25.11";
}
`,
};
