# Shared by setup.sh and nix-instantiate: is there a usable (>= 2.18) nix-instantiate on the host?
host_nix_usable() {
  [ -n "${ARBOR_ORACLE_FORCE_CHROOT:-}" ] && return 1
  command -v nix-instantiate >/dev/null 2>&1 || return 1
  local version major minor
  version=$(nix-instantiate --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+' | head -n 1) || return 1
  major=${version%%.*}
  minor=${version#*.}
  [ "$major" -gt 2 ] || { [ "$major" -eq 2 ] && [ "$minor" -ge 18 ]; }
}
