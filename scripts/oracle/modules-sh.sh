#!/usr/bin/env bash
# Runs nixpkgs' module-system test suite (lib/tests/modules.sh) with a `nix-instantiate` on PATH.
#
#   scripts/oracle/modules-sh.sh            against Arbor (`bin/arbor instantiate`)
#   scripts/oracle/modules-sh.sh --nix      against the real Nix (scripts/oracle/nix-instantiate,
#                                           with the lib's directory added to ARBOR_ORACLE_MOUNTS)
#
# The lib comes from ARBOR_NIXPKGS_LIB (default /work/nixpkgs-lib/lib); it is never copied into
# the repository, and the run is skipped (exit 0) when it is absent. modules.sh runs unchanged, in
# its own directory; its full output goes to ARBOR_MODULES_SH_LOG when that is set. The last line
# is `N passed, M failed`, and the exit code is non-zero when any check failed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lib="${ARBOR_NIXPKGS_LIB:-/work/nixpkgs-lib/lib}"
target=arbor
case "${1:-}" in
  --nix) target=nix ;;
  --arbor | "") ;;
  *)
    echo "usage: $0 [--arbor|--nix]" >&2
    exit 2
    ;;
esac

if [ ! -f "$lib/tests/modules.sh" ]; then
  echo "modules-sh: skipped: no nixpkgs lib at $lib (set ARBOR_NIXPKGS_LIB to a nixpkgs lib/ directory)"
  exit 0
fi
lib=$(cd "$lib" && pwd)

bin=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$bin" "$log"' EXIT

if [ "$target" = arbor ]; then
  if [ ! -f "$root/dist/cli.js" ] || [ -n "$(find "$root/src" -newer "$root/dist/cli.js" -name '*.ts' -print -quit)" ]; then
    (cd "$root" && node scripts/build-cli.js) >&2
  fi
  printf '#!/bin/sh\nexec %q instantiate "$@"\n' "$root/bin/arbor" >"$bin/nix-instantiate"
else
  # The oracle sees only the project and the directories listed here (modules.sh's own
  # directory is the current directory, which it mounts anyway; the lib may be a symlink).
  mounts="$(dirname "$lib")${ARBOR_ORACLE_MOUNTS:+:$ARBOR_ORACLE_MOUNTS}"
  # The oracle looks for a host nix-instantiate on PATH: give it the PATH without this wrapper.
  printf '#!/bin/sh\nPATH=%q ARBOR_ORACLE_MOUNTS=%q exec %q "$@"\n' "$PATH" "$mounts" "$here/nix-instantiate" >"$bin/nix-instantiate"
fi
chmod +x "$bin/nix-instantiate"

status=0
# NIX_PATH is cleared so that neither evaluator finds a <nixpkgs> other than the lib under test.
(cd "$lib/tests" && env PATH="$bin:$PATH" NIX_PATH= bash ./modules.sh) >"$log" 2>&1 || status=$?
if [ -n "${ARBOR_MODULES_SH_LOG:-}" ]; then cp "$log" "$ARBOR_MODULES_SH_LOG"; fi

# modules.sh ends with `N Pass` and `M Fail`; print its failure reports and the counts.
passed=$(sed -n 's/^\([0-9][0-9]*\) Pass$/\1/p' "$log" | tail -n 1)
failed=$(sed -n 's/^\([0-9][0-9]*\) Fail$/\1/p' "$log" | tail -n 1)
if [ -z "$passed" ] || [ -z "$failed" ]; then
  tail -n 40 "$log"
  echo "modules-sh ($target): modules.sh stopped before its summary (exit $status)"
  echo "0 passed, 1 failed"
  exit 1
fi
grep -B 2 -A 30 -- '^ACTUAL\|^LOG:' "$log" | grep -v '^\s*$' | head -n 400 || true
echo "modules-sh ($target): $lib/tests/modules.sh"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
