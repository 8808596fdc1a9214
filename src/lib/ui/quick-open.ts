/**
 * Ctrl+P's file filter: the project's files whose path holds the typed letters in order (`hnix`
 * finds `inventory/hosts.nix`), best first — a match in the file's own name before one spread
 * over its folders, then contiguous letters, then shorter paths — as editors' quick-open lists do.
 */

export interface QuickOpenMatch {
  path: string;
  /** The matched characters' indices in `path`, to highlight. */
  indices: number[];
}

/** The indices of `query`'s letters in `text`, in order, from `from` on; null when they are not all there. */
function subsequence(text: string, query: string, from = 0): number[] | null {
  const indices: number[] = [];
  let at = from;
  for (const char of query) {
    const found = text.indexOf(char, at);
    if (found < 0) return null;
    indices.push(found);
    at = found + 1;
  }
  return indices;
}

function gaps(indices: number[]): number {
  let total = 0;
  for (let i = 1; i < indices.length; i++) total += indices[i] - indices[i - 1] - 1;
  return total;
}

/** The files matching `query` (case-insensitive, spaces ignored), best first, at most `limit`. */
export function quickOpenMatches(paths: string[], query: string, limit = 50): QuickOpenMatch[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q)
    return [...paths]
      .sort()
      .slice(0, limit)
      .map((path) => ({ path, indices: [] }));
  const scored: Array<{ match: QuickOpenMatch; score: number[] }> = [];
  for (const path of paths) {
    const lower = path.toLowerCase();
    const nameStart = lower.lastIndexOf('/') + 1;
    const inName = subsequence(lower, q, nameStart);
    const indices = inName ?? subsequence(lower, q);
    if (!indices) continue;
    scored.push({ match: { path, indices }, score: [inName ? 0 : 1, gaps(indices), path.length] });
  }
  scored.sort(
    (a, b) =>
      a.score[0] - b.score[0] ||
      a.score[1] - b.score[1] ||
      a.score[2] - b.score[2] ||
      (a.match.path < b.match.path ? -1 : 1),
  );
  return scored.slice(0, limit).map((s) => s.match);
}
