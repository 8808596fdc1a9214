# Platforms: `lib.systems.elaborate "x86_64-linux"` gives the platform set a module sees as
# `pkgs.stdenv.hostPlatform` (system, config, parsed cpu/kernel/abi, isLinux, isDarwin,
# isx86_64, isAarch64, ..., linuxArch, efiArch, uname), and `lib.systems.doubles` lists the
# known "cpu-kernel" systems by category. Mirrors `lib.systems` of nixpkgs for the common
# desktop and server systems only: elaborate knows the CPUs and kernels of
# systems-tables.nix and throws for others; cross-compilation and toolchain details (gcc,
# rust, emulators beyond "can execute natively") are left out. The lists of known systems
# are in systems-doubles.nix.
{ lib }:
let
  b = builtins;

  # The CPU and kernel tables (systems-tables.nix) and the lists of known systems
  # (systems-doubles.nix) live in files of their own.
  inherit (import ./systems-tables.nix)
    typed
    littleEndian
    cpus
    kernels
    parsedKernels
    vendors
    ;
  doubles = import ./systems-doubles.nix;

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

  /**
    The CPU and kernel names of a "cpu-kernel" system string.
  */
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

  /**
    The platform set of a system string: parsed parts, predicates and the names tools use.
  */
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
