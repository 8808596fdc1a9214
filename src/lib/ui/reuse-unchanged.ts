/**
 * Structural sharing for results: a new evaluation's value with every part that equals the
 * previous one replaced by the previous object. The panels then see the same objects for what did
 * not change, and Svelte skips re-rendering them — one keystroke usually changes a few values in a
 * model of thousands. Plain JSON-like data only (what crosses the worker boundary).
 */

export function reuseUnchanged<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (typeof previous !== 'object' || previous === null || typeof next !== 'object' || next === null)
    return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const out = next.map((item, i) => {
      const reused = reuseUnchanged(previous[i], item);
      if (reused !== previous[i]) same = false;
      return reused;
    });
    return (same ? previous : out) as T;
  }
  if (Array.isArray(previous)) return next;
  const before = previous as Record<string, unknown>;
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(before).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const reused = reuseUnchanged(before[key], (next as Record<string, unknown>)[key]);
    if (reused !== before[key]) same = false;
    out[key] = reused;
  }
  return (same ? previous : out) as T;
}
