/**
 * Compile-time scopes, and how a variable is found.
 *
 * Nix scoping is static except for `with`: every `let`, recursive set and function introduces a
 * static scope whose bindings the compiler turns into (level, index) pairs, so a lookup at run
 * time is a walk up `level` environments and an array read. `with e;` introduces a dynamic scope,
 * and is the weakest binding of all: a name bound statically anywhere outside wins over every
 * `with`, even an inner one. Only names with no static binding are looked up in the `with`
 * subjects, innermost first. A name bound nowhere and under no `with` is an error before
 * evaluation starts ("undefined variable").
 */

export class Scope {
  /** For static scopes: name → slot index. `null` marks a `with` scope (one slot: its subject). */
  constructor(
    readonly parent: Scope | null,
    readonly names: Map<string, number> | null,
  ) {}

  static fromNames(parent: Scope | null, names: Iterable<string>): Scope {
    const map = new Map<string, number>();
    for (const name of names) if (!map.has(name)) map.set(name, map.size);
    return new Scope(parent, map);
  }
}

export type Resolution =
  | { kind: 'static'; level: number; index: number }
  | { kind: 'with'; levels: number[] }
  | { kind: 'undefined' };

export function resolve(name: string, scope: Scope): Resolution {
  const withLevels: number[] = [];
  let level = 0;
  for (let s: Scope | null = scope; s !== null; s = s.parent, level++) {
    if (s.names === null) {
      withLevels.push(level);
      continue;
    }
    const index = s.names.get(name);
    if (index !== undefined) return { kind: 'static', level, index };
  }
  if (withLevels.length > 0) return { kind: 'with', levels: withLevels };
  return { kind: 'undefined' };
}
