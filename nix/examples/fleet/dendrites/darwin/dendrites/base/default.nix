{
  system.defaults = {
    dock.autohide = true;
    finder.AppleShowAllExtensions = true;
    NSGlobalDomain.KeyRepeat = 2;
  };
  security.pam.services.sudo_local.touchIdAuth = true;
  nix.gc.automatic = true;
}
