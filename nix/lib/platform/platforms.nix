# What a host's modules learn about the machine from its system string.
#
# nixpkgs describes a platform with `lib.systems.elaborate`: an attribute set
# with `system`, `config` (the GNU triple), `parsed.{cpu,vendor,kernel,abi}`
# and dozens of `is*` predicates. Modules read a handful of them
# (`pkgs.stdenv.hostPlatform.isLinux`, `.isAarch64`, `.system`,
# `.parsed.cpu.name`, `.efiArch`, …), so this file builds the same shape for
# the systems Nix supports. It is plain data derived from the string: no
# cross-compilation, no emulators. Unknown systems are split at their last
# `-` into a cpu and a kernel, so `"mips64el-linux"` still answers isLinux.
#
# Builtins only: `pkgsFor` and the `nixpkgs.hostPlatform` option both use it.
let
  inherit (builtins)
    elem
    match
    head
    elemAt
    ;

  # cpu → { family; bits; arch names used by the kernel, EFI and Darwin }.
  cpus = {
    x86_64 = {
      family = "x86";
      bits = 64;
      linuxArch = "x86_64";
      efiArch = "x64";
      darwinArch = "x86_64";
    };
    i686 = {
      family = "x86";
      bits = 32;
      linuxArch = "i386";
      efiArch = "ia32";
      darwinArch = "i386";
    };
    aarch64 = {
      family = "arm";
      bits = 64;
      linuxArch = "arm64";
      efiArch = "aa64";
      darwinArch = "arm64";
    };
    armv7l = {
      family = "arm";
      bits = 32;
      linuxArch = "arm";
      efiArch = "arm";
      darwinArch = "armv7";
    };
    armv6l = {
      family = "arm";
      bits = 32;
      linuxArch = "arm";
      efiArch = "arm";
      darwinArch = "armv6";
    };
    riscv64 = {
      family = "riscv";
      bits = 64;
      linuxArch = "riscv";
      efiArch = "riscv64";
      darwinArch = "riscv64";
    };
    powerpc64le = {
      family = "power";
      bits = 64;
      linuxArch = "powerpc";
      efiArch = null;
      darwinArch = "ppc64le";
    };
  };

  /**
    The CPU description of a CPU Arbor does not know by name.
  */
  unknownCpu = name: {
    family = name;
    bits = 64;
    linuxArch = name;
    efiArch = null;
    darwinArch = name;
  };

  kernels = {
    linux = {
      vendor = "unknown";
      abi = "gnu";
      uname = "Linux";
      libc = "glibc";
      sharedLibrary = ".so";
    };
    darwin = {
      vendor = "apple";
      abi = "";
      uname = "Darwin";
      libc = "libSystem";
      sharedLibrary = ".dylib";
    };
    freebsd = {
      vendor = "unknown";
      abi = "";
      uname = "FreeBSD";
      libc = "fblibc";
      sharedLibrary = ".so";
    };
  };

  /**
    The kernel description of a kernel Arbor does not know by name.
  */
  unknownKernel = name: {
    vendor = "unknown";
    abi = "";
    uname = name;
    libc = null;
    sharedLibrary = ".so";
  };
in
{
  /**
    The platform attribute set of a system string, shaped like a subset of
    nixpkgs' `lib.systems.elaborate`.

    # Type

    ```
    elaborate :: String -> AttrSet
    ```

    # Example

    ```nix
    (elaborate "aarch64-darwin").isDarwin
    => true
    ```
  */
  elaborate =
    system:
    let
      parts = match "(.+)-([^-]+)" system;
      cpuName = if parts == null then system else head parts;
      kernelName = if parts == null then "unknown" else elemAt parts 1;
      cpu = cpus.${cpuName} or (unknownCpu cpuName);
      kernel = kernels.${kernelName} or (unknownKernel kernelName);
      isLinux = kernelName == "linux";
      isDarwin = kernelName == "darwin";
      triple =
        "${cpuName}-${kernel.vendor}-${kernelName}" + (if kernel.abi == "" then "" else "-${kernel.abi}");
    in
    {
      inherit system isLinux isDarwin;
      inherit (cpu) linuxArch efiArch darwinArch;
      inherit (kernel) libc;
      config = triple;
      parsed = {
        cpu = {
          name = cpuName;
          inherit (cpu) bits family;
          significantByte = {
            name = if cpuName == "powerpc64" then "bigEndian" else "littleEndian";
          };
        };
        vendor.name = kernel.vendor;
        kernel = {
          name = kernelName;
          families = if isDarwin || kernelName == "freebsd" then { bsd = { }; } else { };
        };
        abi.name = if kernel.abi == "" then "unknown" else kernel.abi;
      };
      uname = {
        system = kernel.uname;
        processor = if isDarwin && cpuName == "aarch64" then "arm64" else cpuName;
        release = null;
      };
      extensions = {
        sharedLibrary = kernel.sharedLibrary;
        executable = "";
      };
      isx86_64 = cpuName == "x86_64";
      isi686 = cpuName == "i686";
      isx86_32 = cpuName == "i686";
      isx86 = cpu.family == "x86";
      isAarch64 = cpuName == "aarch64";
      isAarch32 = elem cpuName [
        "armv7l"
        "armv6l"
      ];
      isAarch = cpu.family == "arm";
      isArmv7 = cpuName == "armv7l";
      isRiscV = cpu.family == "riscv";
      isRiscV64 = cpuName == "riscv64";
      isPower = cpu.family == "power";
      isPower64 = cpuName == "powerpc64le";
      is64bit = cpu.bits == 64;
      is32bit = cpu.bits == 32;
      isLittleEndian = true;
      isBigEndian = false;
      isUnix = isLinux || isDarwin || kernelName == "freebsd";
      isBSD = isDarwin || kernelName == "freebsd";
      isFreeBSD = kernelName == "freebsd";
      isMacOS = isDarwin;
      isiOS = false;
      isWindows = false;
      isCygwin = false;
      isMinGW = false;
      isAndroid = false;
      isWasm = false;
      isWasi = false;
      isNone = false;
      isStatic = false;
      isMusl = false;
      isGnu = isLinux;
      isEfi = cpu.efiArch != null;
      isSvr4 = false;
      useLLVM = isDarwin;
      hasSharedLibraries = true;
      emulatorAvailable = _: false;
      canExecute = other: (other.system or other) == system;
      linux-kernel = {
        name = cpu.linuxArch;
        target = if cpuName == "aarch64" || cpu.family == "riscv" then "Image" else "bzImage";
        autoModules = true;
      };
    };
}
