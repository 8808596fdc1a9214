# Ports must be distinct.
{ config, lib, ... }:
let
  values = builtins.attrValues config.ports;
in
{
  options.ports = lib.mkOption { type = lib.types.attrsOf lib.types.port; };
  config.assertions = [
    {
      assertion = lib.length (lib.unique values) == lib.length values;
      message = "ports must be distinct, got ${toString values}";
    }
  ];
  config.warnings = lib.optional (config.ports ? a && config.ports.a < 1024) "port a is privileged";
}
