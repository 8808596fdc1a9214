/**
 * Version strings, as Nix orders them: `compareVersions`, `splitVersion`, `parseDrvName`.
 * Components are runs of digits or of other non-separator characters (`.` and `-` separate);
 * numbers compare numerically, `pre` sorts before everything, and a missing component before a
 * number ("2.3a" < "2.3.1").
 */

import { forceStringNoContext } from '../eval/force';
import { attrsFromEntries } from './attrs';
import type { BuiltinSet } from './registry';

const isDigit = (c: string) => c >= '0' && c <= '9';

function components(version: string): string[] {
  const out: string[] = [];
  let p = 0;
  while (p < version.length) {
    while (p < version.length && (version[p] === '.' || version[p] === '-')) p++;
    if (p >= version.length) break;
    const start = p;
    if (isDigit(version[p])) while (p < version.length && isDigit(version[p])) p++;
    else while (p < version.length && !isDigit(version[p]) && version[p] !== '.' && version[p] !== '-') p++;
    out.push(version.slice(start, p));
  }
  return out;
}

/** C++ `string2Int<int>`: the whole string as a 32-bit int, or null. */
function toInt(s: string): number | null {
  if (!/^-?[0-9]+$/.test(s)) return null;
  const n = Number(s);
  return n >= -2147483648 && n <= 2147483647 ? n : null;
}

function componentLessThan(c1: string, c2: string): boolean {
  const n1 = toInt(c1);
  const n2 = toInt(c2);
  if (n1 !== null && n2 !== null) return n1 < n2;
  if (c1 === '' && n2 !== null) return true;
  if (c1 === 'pre' && c2 !== 'pre') return true;
  if (c2 === 'pre') return false;
  if (n2 !== null) return true;
  if (n1 !== null) return false;
  return c1 < c2;
}

export function compareVersions(v1: string, v2: string): number {
  const a = components(v1);
  const b = components(v2);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c1 = a[i] ?? '';
    const c2 = b[i] ?? '';
    if (componentLessThan(c1, c2)) return -1;
    if (componentLessThan(c2, c1)) return 1;
  }
  return 0;
}

export function register(set: BuiltinSet): void {
  set.fn('compareVersions', 2, ([a, b], call) =>
    compareVersions(
      forceStringNoContext(
        a,
        call.pos,
        'while evaluating the first argument passed to builtins.compareVersions',
      ),
      forceStringNoContext(
        b,
        call.pos,
        'while evaluating the second argument passed to builtins.compareVersions',
      ),
    ),
  );
  set.fn('splitVersion', 1, ([v], call) =>
    components(
      forceStringNoContext(
        v,
        call.pos,
        'while evaluating the first argument passed to builtins.splitVersion',
      ),
    ),
  );
  set.fn('parseDrvName', 1, ([s], call) => {
    const full = forceStringNoContext(
      s,
      call.pos,
      'while evaluating the first argument passed to builtins.parseDrvName',
    );
    let name = full;
    let version = '';
    for (let i = 0; i < full.length; i++) {
      if (full[i] === '-' && i + 1 < full.length && !/[a-zA-Z]/.test(full[i + 1])) {
        name = full.slice(0, i);
        version = full.slice(i + 1);
        break;
      }
    }
    return attrsFromEntries([
      ['name', name],
      ['version', version],
    ]);
  });
}
