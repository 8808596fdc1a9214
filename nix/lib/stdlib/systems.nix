# Platforms: `lib.systems.elaborate "x86_64-linux"` gives the platform set a module sees as
# `pkgs.stdenv.hostPlatform` (system, config, parsed cpu/kernel/abi, isLinux, isDarwin,
# isx86_64, isAarch64, ..., linuxArch, efiArch, uname), and `lib.systems.doubles` lists the
# known "cpu-kernel" systems by category. Mirrors `lib.systems` of nixpkgs for the common
# desktop and server systems only: elaborate knows the CPUs in `cpus` and the kernels in
# `kernels` below and throws for others; cross-compilation and toolchain details (gcc, rust,
# emulators beyond "can execute natively") are left out.
{ lib }:
let
  b = builtins;

  typed = type: attrs: { _type = type; } // attrs;

  # One shared value, as in nixpkgs (printing shows later uses as «repeated»).
  littleEndian = typed "significant-byte" { name = "littleEndian"; };

  cpus = {
    x86_64 = {
      bits = 64;
      family = "x86";
      arch = "x86-64";
      qemu = "x86_64";
      efi = "x64";
      linux = "x86_64";
      uboot = "x86_64";
    };
    i686 = {
      bits = 32;
      family = "x86";
      arch = "i686";
      qemu = "i386";
      efi = "ia32";
      linux = "i386";
      uboot = "x86";
    };
    aarch64 = {
      bits = 64;
      family = "arm";
      arch = "armv8-a";
      version = "8";
      qemu = "aarch64";
      efi = "aa64";
      linux = "arm64";
      uboot = "arm64";
      darwin = "arm64";
    };
    armv6l = {
      bits = 32;
      family = "arm";
      arch = "armv6";
      version = "6";
      qemu = "arm";
      efi = "arm";
      linux = "arm";
      uboot = "arm";
      eabi = true;
    };
    armv7l = {
      bits = 32;
      family = "arm";
      arch = "armv7";
      version = "7";
      qemu = "arm";
      efi = "arm";
      linux = "arm";
      uboot = "arm";
      eabi = true;
    };
    riscv64 = {
      bits = 64;
      family = "riscv";
      qemu = "riscv64";
      efi = "riscv64";
      linux = "riscv";
      uboot = "riscv";
    };
    powerpc64le = {
      bits = 64;
      family = "power";
      qemu = "ppc64le";
      efi = "powerpc64le";
      linux = "powerpc";
      uboot = "powerpc";
      uname = "ppc64le";
      libDir = "lib64";
    };
  };

  kernels = {
    linux = {
      execFormat = "elf";
      families = { };
      uname = "Linux";
      vendor = "unknown";
      libc = "glibc";
      linker = "bfd";
    };
    darwin = {
      execFormat = "macho";
      families.darwin = typed "exec-format" { name = "darwin"; };
      uname = "Darwin";
      vendor = "apple";
      libc = "libSystem";
      linker = "cctools";
    };
    freebsd = {
      execFormat = "elf";
      families.bsd = typed "exec-format" { name = "bsd"; };
      uname = "FreeBSD";
      vendor = "unknown";
      libc = "fblibc";
      linker = "lld";
    };
  };

  # Parsed kernel and vendor records, shared by every platform (as nixpkgs' are).
  execFormats = b.mapAttrs (name: _: typed "exec-format" { inherit name; }) {
    elf = null;
    macho = null;
  };
  parsedKernels = b.mapAttrs (
    name: k:
    typed "kernel" {
      inherit name;
      execFormat = execFormats.${k.execFormat};
      inherit (k) families;
    }
  ) kernels;
  vendors = b.mapAttrs (name: _: typed "vendor" { inherit name; }) {
    unknown = null;
    apple = null;
  };

  predicateNames = [
    "is32bit"
    "is64bit"
    "isAarch"
    "isAarch32"
    "isAarch64"
    "isAbiElfv1"
    "isAbiElfv2"
    "isAlpha"
    "isAndroid"
    "isArc"
    "isArmv7"
    "isAvr"
    "isBSD"
    "isBigEndian"
    "isCygwin"
    "isDarwin"
    "isEabi"
    "isEfi"
    "isElf"
    "isFreeBSD"
    "isGenode"
    "isGhcjs"
    "isGnu"
    "isILP32"
    "isJavaScript"
    "isLinux"
    "isLittleEndian"
    "isLoongArch64"
    "isM68k"
    "isMacOS"
    "isMacho"
    "isMicroBlaze"
    "isMinGW"
    "isMips"
    "isMips32"
    "isMips64"
    "isMips64n32"
    "isMips64n64"
    "isMmix"
    "isMsp430"
    "isMsvc"
    "isMusl"
    "isNetBSD"
    "isNone"
    "isOpenBSD"
    "isOr1k"
    "isPE"
    "isPower"
    "isPower64"
    "isRedox"
    "isRiscV"
    "isRiscV32"
    "isRiscV64"
    "isRx"
    "isS390"
    "isS390x"
    "isSh4"
    "isSparc"
    "isSparc64"
    "isStatic"
    "isSunOS"
    "isUClibc"
    "isUefi"
    "isUnix"
    "isVc4"
    "isWasi"
    "isWasm"
    "isWindows"
    "isi686"
    "isiOS"
    "isx86"
    "isx86_32"
    "isx86_64"
  ];

  cpuFeatureFlags = [
    "aesSupport"
    "avx2Support"
    "avx512Support"
    "avxSupport"
    "fma4Support"
    "fmaSupport"
    "lasxSupport"
    "lsxSupport"
    "sse3Support"
    "sse4_1Support"
    "sse4_2Support"
    "sse4_aSupport"
    "ssse3Support"
  ];

  splitDouble =
    system:
    let
      m = b.match "([^-]+)-([^-]+)" system;
    in
    if m == null then
      throw "lib.systems.elaborate: \"${system}\" is not a \"cpu-kernel\" system string"
    else
      {
        cpuName = b.elemAt m 0;
        kernelName = b.elemAt m 1;
      };

  elaborateSystem =
    system:
    let
      inherit (splitDouble system) cpuName kernelName;
      cpu =
        cpus.${cpuName}
          or (throw "lib.systems.elaborate: Arbor's lib does not know the CPU of \"${system}\" (known: ${b.concatStringsSep ", " (b.attrNames cpus)})");
      kernel =
        kernels.${kernelName}
          or (throw "lib.systems.elaborate: Arbor's lib does not know the kernel of \"${system}\" (known: ${b.concatStringsSep ", " (b.attrNames kernels)})");
      isLinux = kernelName == "linux";
      isDarwin = kernelName == "darwin";
      abiName =
        if isDarwin || kernelName == "freebsd" then
          "unknown"
        else if cpu.eabi or false then
          "gnueabihf"
        else
          "gnu";
      abi = typed "abi" (
        { name = abiName; }
        // lib.attrsets.optionalAttrs (abiName == "gnueabihf") {
          eabi = true;
          float = "hard";
        }
      );
      vendor = kernel.vendor;
      config =
        if isDarwin then
          "${cpu.darwin or cpuName}-apple-darwin"
        else
          "${cpuName}-${vendor}-${kernelName}${if abiName == "unknown" then "" else "-${abiName}"}";
      parsed = typed "system" {
        cpu = typed "cpu-type" (
          {
            name = cpuName;
            inherit (cpu) bits family;
            significantByte = littleEndian;
          }
          // lib.attrsets.optionalAttrs (cpu ? arch) { inherit (cpu) arch; }
          // lib.attrsets.optionalAttrs (cpu ? version) { inherit (cpu) version; }
        );
        kernel = parsedKernels.${kernelName};
        vendor = vendors.${vendor};
        inherit abi;
      };
      truths = {
        is32bit = cpu.bits == 32;
        is64bit = cpu.bits == 64;
        isAarch = cpu.family == "arm";
        isAarch32 = cpu.family == "arm" && cpu.bits == 32;
        isAarch64 = cpuName == "aarch64";
        isArmv7 = cpuName == "armv7l";
        isBSD = kernelName == "freebsd";
        isDarwin = isDarwin;
        isMacOS = isDarwin;
        isMacho = kernel.execFormat == "macho";
        isElf = kernel.execFormat == "elf";
        isEabi = abi.eabi or false;
        isEfi = cpu.family != "power";
        isFreeBSD = kernelName == "freebsd";
        isGnu = isLinux;
        isLinux = isLinux;
        isLittleEndian = true;
        isPower = cpu.family == "power";
        isPower64 = cpu.family == "power" && cpu.bits == 64;
        isRiscV = cpu.family == "riscv";
        isRiscV64 = cpu.family == "riscv" && cpu.bits == 64;
        isUnix = true;
        isi686 = cpuName == "i686";
        isx86 = cpu.family == "x86";
        isx86_32 = cpuName == "i686";
        isx86_64 = cpuName == "x86_64";
      };
      predicates = b.listToAttrs (
        map (n: {
          name = n;
          value = truths.${n} or false;
        }) predicateNames
      );
      platform =
        predicates
        // b.listToAttrs (
          map (n: {
            name = n;
            value = false;
          }) cpuFeatureFlags
        )
        // {
          inherit system config parsed;
          inherit (kernel) libc linker;
          libDir =
            if isLinux then
              cpu.libDir or (if cpuName == "x86_64" then "lib64" else "lib")
            else
              null;
          qemuArch = cpu.qemu;
          efiArch = cpu.efi;
          linuxArch = cpu.linux;
          ubootArch = cpu.uboot;
          darwinArch = cpu.darwin or cpuName;
          uname = {
            system = kernel.uname;
            processor = if isDarwin then cpu.darwin or cpuName else cpu.uname or cpuName;
            release = null;
          };
          extensions = {
            executable = "";
            library = if isDarwin then ".dylib" else ".so";
            sharedLibrary = if isDarwin then ".dylib" else ".so";
            staticLibrary = ".a";
          };
          hasSharedLibraries = true;
          useLLVM = kernelName == "freebsd";
          useAndroidPrebuilt = false;
          useiOSPrebuilt = false;
          darwinMinVersion = "14.0";
          darwinMinVersionVariable = if isDarwin then "MACOSX_DEPLOYMENT_TARGET" else null;
          darwinPlatform = if isDarwin then "macos" else null;
          darwinSdkVersion = "14.4";
          androidSdkVersion = null;
          androidNdkVersion = null;
          go = {
            GOARCH =
              {
                x86_64 = "amd64";
                i686 = "386";
                aarch64 = "arm64";
                armv6l = "arm";
                armv7l = "arm";
                riscv64 = "riscv64";
                powerpc64le = "ppc64le";
              }
              .${cpuName};
            GOARM =
              {
                armv6l = "6";
                armv7l = "7";
              }
              .${cpuName} or "";
            GOOS = kernelName;
          };
          node = {
            arch =
              {
                x86_64 = "x64";
                i686 = "ia32";
                aarch64 = "arm64";
                armv6l = "arm";
                armv7l = "arm";
                riscv64 = "riscv64";
                powerpc64le = "ppc64";
              }
              .${cpuName};
            platform = kernelName;
          };
          canExecute =
            other:
            let
              o = if b.isString other then elaborateSystem other else other;
            in
            o.parsed.kernel.name == kernelName
            && (o.parsed.cpu.name == cpuName || (cpuName == "x86_64" && o.parsed.cpu.name == "i686"));
          emulatorAvailable = _pkgs: false;
          staticEmulatorAvailable = _pkgs: false;
        };
    in
    platform;

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

  cpuOf = s: b.head (b.match "([^-]+)-.*" s);
  kernelOf = s: b.head (b.match "[^-]+-(.*)" s);
  byCpu = names: b.filter (s: b.elem (cpuOf s) names) all;
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
{
  inherit doubles;

  /**
    The systems Nix flakes conventionally expose outputs for.
  */
  flakeExposed = [
    "x86_64-linux"
    "aarch64-linux"
    "x86_64-darwin"
    "armv6l-linux"
    "armv7l-linux"
    "i686-linux"
    "aarch64-darwin"
    "powerpc64le-linux"
    "riscv64-linux"
    "x86_64-freebsd"
  ];

  /**
    The platform set for a system string (or `{ system = ...; }`), as seen in
    `pkgs.stdenv.hostPlatform`.

    # Type

    ```
    elaborate :: (string | { system :: string; }) -> AttrSet
    ```
  */
  elaborate =
    args:
    if b.isString args then
      elaborateSystem args
    else if args ? system then
      elaborateSystem args.system // removeAttrs args [ "system" ]
    else
      throw "lib.systems.elaborate: Arbor's lib needs a system string or { system = ...; } (got ${b.typeOf args})";

  /**
    Whether two elaborated platforms describe the same system.

    # Type

    ```
    equals :: AttrSet -> AttrSet -> bool
    ```
  */
  equals = a: c: a.system == c.system && a.config == c.config;
}
