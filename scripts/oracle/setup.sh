#!/usr/bin/env bash
# Sets up the oracle: a modern nix-instantiate that Arbor's evaluator is checked against.
#
# Debian 12's nix-bin (2.8) is too old (no builtins.readFileType; nixpkgs' lib needs 2.18), so we
# install Debian 13's nix-bin (2.26) into a minimal debootstrap chroot under .oracle/ and call it
# through scripts/oracle/nix-instantiate. When a nix-instantiate >= 2.18 is already on PATH (a
# NixOS machine), nothing is installed and the wrapper uses that one instead.
#
# Idempotent: a finished chroot (marked by .oracle/ready) is kept. Needs root for debootstrap.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chroot_dir="${ARBOR_ORACLE_DIR:-$root/.oracle}"
mirror="${ARBOR_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

# shellcheck source=scripts/oracle/host-nix.sh
. "$here/host-nix.sh"
if host_nix_usable; then
  echo "oracle: using the host's $(nix-instantiate --version)"
  exit 0
fi

if [ -f "$chroot_dir/ready" ]; then
  echo "oracle: chroot present at $chroot_dir ($(cat "$chroot_dir/ready"))"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "oracle: setting up the chroot needs root (debootstrap); run: sudo bash scripts/oracle/setup.sh" >&2
  exit 1
fi
command -v debootstrap >/dev/null || {
  echo "oracle: debootstrap missing; run: apt-get install -y debootstrap" >&2
  exit 1
}

# A half-made chroot from an interrupted run: clean it, but never while something is mounted
# inside it (removing it would then delete the mounted tree too).
if [ -d "$chroot_dir" ]; then
  if grep -q " $chroot_dir/" /proc/mounts; then
    echo "oracle: $chroot_dir has mounts inside it; unmount them first:" >&2
    grep " $chroot_dir/" /proc/mounts >&2
    exit 1
  fi
  rm -rf "$chroot_dir"
fi

echo "oracle: installing Debian 13 (trixie) nix-bin into $chroot_dir (about a minute)"
debootstrap --variant=minbase --include=nix-bin,libdbi-perl trixie "$chroot_dir" "$mirror" >"$root/.oracle-debootstrap.log" 2>&1 || {
  echo "oracle: debootstrap failed; the last lines of .oracle-debootstrap.log:" >&2
  tail -n 20 "$root/.oracle-debootstrap.log" >&2
  exit 1
}
rm -f "$root/.oracle-debootstrap.log"
mkdir -p "$chroot_dir/work" "$chroot_dir/nix-state"
version=$(unshare --mount --propagation private bash -c \
  'mount -t proc proc "$1/proc" && chroot "$1" nix-instantiate --version' oracle "$chroot_dir")
echo "$version" >"$chroot_dir/ready"
echo "oracle: ready: $version"
