{
  nix.settings = {
    trusted-users = [ "ops" ];
    max-jobs = "auto";
    system-features = [
      "big-parallel"
      "kvm"
    ];
  };
  nix.gc = {
    automatic = true;
    options = "--delete-older-than 14d";
  };
}
