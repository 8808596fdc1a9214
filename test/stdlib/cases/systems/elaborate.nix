# lib.systems.elaborate for the common systems: the scalar fields and predicates a host module
# reads from pkgs.stdenv.hostPlatform.
lib:
let
  systems = [ "x86_64-linux" "aarch64-linux" "i686-linux" "armv6l-linux" "armv7l-linux" "riscv64-linux" "powerpc64le-linux" "x86_64-darwin" "aarch64-darwin" "x86_64-freebsd" ];
  scalars = p: lib.filterAttrs (n: v: builtins.isBool v || builtins.isString v || builtins.isInt v || v == null) p;
  view = s:
    let
      p = lib.systems.elaborate s;
    in
    scalars p
    // {
      inherit (p) uname extensions;
      cpu = removeAttrs p.parsed.cpu [ ];
      kernel = p.parsed.kernel;
      vendor = p.parsed.vendor;
      abiName = p.parsed.abi.name;
      parsedType = p.parsed._type;
      go = p.go;
      nodeArch = p.node.arch;
      canExecuteSelf = p.canExecute p;
    };
in
lib.genAttrs systems view
