# Platforms, part 2 of 3 (see systems.nix): what Arbor knows about CPUs and kernels. Each CPU
# has its bit width, family and byte order (as nixpkgs' `lib.systems.parse` types them), each
# kernel its executable format and families; vendors and executable formats are named only.
# systems.nix elaborates a system string from these tables and throws for anything missing.
let
  b = builtins;

  /**
    `attrs` tagged with `_type = type`, as nixpkgs types its parsed parts.
  */
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
in
{
  inherit
    typed
    littleEndian
    cpus
    kernels
    parsedKernels
    vendors
    ;
}
