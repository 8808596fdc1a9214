# Kinds of package sources for `meta.sourceProvenance` (built from source, or binary native
# code, bytecode, firmware), as `lib.sourceTypes` in nixpkgs.
{ lib }:
builtins.mapAttrs
  (
    name: extra:
    {
      shortName = name;
      isSource = false;
    }
    // extra
  )
  {
    fromSource.isSource = true;
    binaryNativeCode = { };
    binaryBytecode = { };
    binaryFirmware = { };
    obfuscatedCode = { };
  }
