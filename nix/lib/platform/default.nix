# What a host's modules see besides `lib`, when Arbor evaluates them itself.
#
# The real flake evaluates hosts with nixpkgs, nix-darwin and Home Manager.
# Arbor's preview and checks evaluate the same modules without any of them,
# so this directory provides the three things those projects would:
#
#   pkgsFor { system }  a placeholder package set (pkgs/): every package a
#                       lazy stand-in derivation, plus stdenv, builders,
#                       fetchers, formats and callPackage
#   nixos, darwin,      the options Arbor's generated modules set and the
#   homeManager         ones modules read most, declared with the types and
#                       defaults of the real projects (nixos/, darwin/,
#                       home-manager/, shared parts in common/); any other
#                       option path is left to the evaluation's root
#                       freeform type
#   modulesPath         stand-ins for the nixpkgs modules hardware
#                       configurations import by path
#
# docs/platform.md lists every declared option. Pure Nix: builtins and the
# `lib` passed in (nixpkgs' API: mkOption, types, mkDefault, …).
{ lib }:
{
  inherit (import ./pkgs { inherit lib; }) pkgsFor;

  nixos = [
    ./common/assertions.nix
    ./common/nixpkgs.nix
    ./common/nix-daemon.nix
    ./nixos/nix-gc.nix
    ./nixos/system.nix
    ./nixos/networking.nix
    ./nixos/users.nix
    ./nixos/openssh.nix
    ./nixos/environment.nix
    ./nixos/boot.nix
    ./nixos/file-systems.nix
    ./nixos/locale.nix
    ./nixos/hardware.nix
    ./nixos/security.nix
    ./nixos/programs.nix
  ];

  darwin = [
    ./common/assertions.nix
    ./common/nixpkgs.nix
    ./common/nix-daemon.nix
    ./darwin/nix-gc.nix
    ./darwin/system.nix
    ./darwin/networking.nix
    ./darwin/users.nix
    ./darwin/environment.nix
    ./darwin/homebrew.nix
    ./darwin/services.nix
  ];

  homeManager = [
    ./common/assertions.nix
    ./home-manager/home.nix
    ./home-manager/files.nix
    ./home-manager/nixpkgs.nix
    ./home-manager/shells.nix
    ./home-manager/git.nix
    ./home-manager/tools.nix
  ];

  modulesPath = ./nixos/modules-path;
}
