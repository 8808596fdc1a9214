# An environment.systemPackages-like list of packages from a fake package set, merged and named.
lib:
let
  mk = name: {
    type = "derivation";
    inherit name;
    outPath = "/nix/store/00000000000000000000000000000000-${name}";
  };
  pkgs = {
    git = mk "git-2.45";
    vim = mk "vim-9.1";
    htop = mk "htop-3.3";
  };
in
map (p: p.name)
  (lib.evalModules {
    specialArgs = { inherit pkgs; };
    modules = [
      { options.environment.systemPackages = lib.mkOption { type = lib.types.listOf lib.types.package; }; }
      (
        { pkgs, ... }:
        {
          environment.systemPackages = [
            pkgs.git
            pkgs.vim
          ];
        }
      )
      (
        { pkgs, ... }:
        {
          environment.systemPackages = lib.mkAfter [ pkgs.htop ];
        }
      )
    ];
  }).config.environment.systemPackages
