# The tape library: the mt and mtx tools, and Bacula's storage daemon when it manages the tapes.
{ lib, pkgs, host, ... }:
{
  environment.systemPackages = [
    pkgs.mt-st
    pkgs.mtx
  ];
  services.bacula-sd.enable = host.facts.tape.manager == "bacula";
}
