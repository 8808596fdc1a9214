# Platforms, part 3 of 3 (see systems.nix): `lib.systems.doubles` (also `lib.platforms`), the
# known "cpu-kernel" system strings, all of them and grouped by kernel, CPU family, byte order
# and toolchain order, as nixpkgs lists them.
let
  b = builtins;

  all = [
    "i686-cygwin"
    "x86_64-cygwin"
    "x86_64-darwin"
    "aarch64-darwin"
    "i686-freebsd"
    "x86_64-freebsd"
    "aarch64-freebsd"
    "aarch64-genode"
    "i686-genode"
    "x86_64-genode"
    "x86_64-solaris"
    "javascript-ghcjs"
    "aarch64-linux"
    "arc-linux"
    "armv5tel-linux"
    "armv6l-linux"
    "armv7a-linux"
    "armv7l-linux"
    "i686-linux"
    "loongarch64-linux"
    "m68k-linux"
    "sh4-linux"
    "microblaze-linux"
    "microblazeel-linux"
    "mips-linux"
    "mips64-linux"
    "mips64el-linux"
    "mipsel-linux"
    "powerpc-linux"
    "powerpc64-linux"
    "powerpc64le-linux"
    "riscv32-linux"
    "riscv64-linux"
    "s390-linux"
    "s390x-linux"
    "x86_64-linux"
    "mmix-mmixware"
    "aarch64-netbsd"
    "armv6l-netbsd"
    "armv7a-netbsd"
    "armv7l-netbsd"
    "i686-netbsd"
    "m68k-netbsd"
    "mipsel-netbsd"
    "powerpc-netbsd"
    "riscv32-netbsd"
    "riscv64-netbsd"
    "x86_64-netbsd"
    "aarch64_be-none"
    "aarch64-none"
    "arm-none"
    "armv6l-none"
    "avr-none"
    "i686-none"
    "microblaze-none"
    "microblazeel-none"
    "mips-none"
    "mips64-none"
    "msp430-none"
    "or1k-none"
    "m68k-none"
    "powerpc-none"
    "powerpcle-none"
    "riscv32-none"
    "riscv64-none"
    "rx-none"
    "s390-none"
    "s390x-none"
    "vc4-none"
    "x86_64-none"
    "i686-openbsd"
    "x86_64-openbsd"
    "x86_64-redox"
    "wasm64-wasi"
    "wasm32-wasi"
    "aarch64-windows"
    "x86_64-windows"
    "i686-windows"
    "aarch64-uefi"
    "x86_64-uefi"
  ];

  /**
    The CPU of a system string.
  */
  cpuOf = s: b.head (b.match "([^-]+)-.*" s);

  /**
    The kernel of a system string.
  */
  kernelOf = s: b.head (b.match "[^-]+-(.*)" s);

  /**
    The known systems whose CPU is one of `names`.
  */
  byCpu = names: b.filter (s: b.elem (cpuOf s) names) all;

  /**
    The known systems whose kernel is one of `names`.
  */
  byKernel = names: b.filter (s: b.elem (kernelOf s) names) all;
  bigEndianCpus = [
    "m68k"
    "microblaze"
    "mips"
    "mips64"
    "powerpc"
    "powerpc64"
    "s390"
    "s390x"
    "mmix"
    "aarch64_be"
    "or1k"
  ];
  armCpus = [
    "arm"
    "armv5tel"
    "armv6l"
    "armv7a"
    "armv7l"
  ];
  linux = byKernel [ "linux" ];

  /**
    Whether a system's GNU triple keeps the usual order (not ARM or powerpc64).
  */
  isGnuOrder = s: !(b.elem (cpuOf s) (armCpus ++ [ "powerpc64" ]));

  doubles = {
    inherit all linux;
    darwin = byKernel [ "darwin" ];
    freebsd = byKernel [ "freebsd" ];
    netbsd = byKernel [ "netbsd" ];
    openbsd = byKernel [ "openbsd" ];
    genode = byKernel [ "genode" ];
    redox = byKernel [ "redox" ];
    cygwin = byKernel [ "cygwin" ];
    windows = byKernel [ "windows" ];
    wasi = byKernel [ "wasi" ];
    uefi = byKernel [ "uefi" ];
    illumos = byKernel [ "solaris" ];
    js = byKernel [ "ghcjs" ];
    embedded = byKernel [ "none" ];
    none = [ ];
    unix = byKernel [
      "cygwin"
      "darwin"
      "freebsd"
      "solaris"
      "linux"
      "netbsd"
      "openbsd"
      "redox"
    ];
    gnu = b.filter isGnuOrder linux ++ b.filter (s: !(isGnuOrder s)) linux;
    aarch = byCpu (
      armCpus
      ++ [
        "aarch64"
        "aarch64_be"
      ]
    );
    aarch64 = byCpu [
      "aarch64"
      "aarch64_be"
    ];
    arm = byCpu armCpus;
    armv7 = byCpu [
      "armv7a"
      "armv7l"
    ];
    arc = byCpu [ "arc" ];
    i686 = byCpu [ "i686" ];
    x86 = byCpu [
      "i686"
      "x86_64"
    ];
    x86_64 = byCpu [ "x86_64" ];
    loongarch64 = byCpu [ "loongarch64" ];
    m68k = byCpu [ "m68k" ];
    microblaze = byCpu [
      "microblaze"
      "microblazeel"
    ];
    mips = byCpu [
      "mips"
      "mips64"
      "mips64el"
      "mipsel"
    ];
    mmix = byCpu [ "mmix" ];
    or1k = byCpu [ "or1k" ];
    power = byCpu [
      "powerpc"
      "powerpc64"
      "powerpc64le"
      "powerpcle"
    ];
    riscv = byCpu [
      "riscv32"
      "riscv64"
    ];
    riscv32 = byCpu [ "riscv32" ];
    riscv64 = byCpu [ "riscv64" ];
    rx = byCpu [ "rx" ];
    s390 = byCpu [
      "s390"
      "s390x"
    ];
    s390x = byCpu [ "s390x" ];
    sh4 = byCpu [ "sh4" ];
    vc4 = byCpu [ "vc4" ];
    bigEndian = byCpu bigEndianCpus;
    littleEndian = b.filter (s: !(b.elem (cpuOf s) (bigEndianCpus ++ [ "avr" ]))) all;
  };
in
doubles
