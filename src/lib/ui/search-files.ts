/**
 * Ctrl+Shift+F's search: every line of the project's files that contains the query (case
 * insensitive, plain text), in path order, with the column of the first hit — capped, so a
 * one-letter query on a big project stays instant.
 */

import type { ProjectFiles } from '$lib/arbor/types';

export interface SearchHit {
  path: string;
  line: number;
  /** 1-based, in characters of the line. */
  column: number;
  /** The line, trimmed at its start. */
  text: string;
}

export const MAX_HITS = 200;

export function searchFiles(files: ProjectFiles, query: string): { hits: SearchHit[]; truncated: boolean } {
  const hits: SearchHit[] = [];
  if (query === '') return { hits, truncated: false };
  const needle = query.toLowerCase();
  for (const path of Object.keys(files).sort()) {
    const lines = files[path].split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      const at = lines[i].toLowerCase().indexOf(needle);
      if (at < 0) continue;
      if (hits.length === MAX_HITS) return { hits, truncated: true };
      hits.push({ path, line: i + 1, column: at + 1, text: lines[i].trimStart() });
    }
  }
  return { hits, truncated: false };
}
