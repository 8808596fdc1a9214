/**
 * Quick fixes for the diagnostics that say what the fix is: a hint `Did you mean "x"?` replaces
 * the offending word with x, `missing-meta` creates the dendrite's or fruit's meta.nix, and
 * `missing-fact` adds the fact to the host (fact-fix.ts). A
 * diagnostic may point at the attribute (`roles = [ "sever" ];` at `roles`) rather than at the
 * value, so the offending value — quoted in the message — is looked for on that line and the next
 * few, as a string (`"sever"`) first, then as an attribute name (`networks.lna`, `dendrite = …`).
 */

import { missingFactFix } from './fact-fix';

export interface FixableDiagnostic {
  code: string;
  message: string;
  hint: string | null;
  /** 1-based; the column is in UTF-16 units here (what the editor's markers hold). */
  line: number;
  column: number;
}

export type QuickFix =
  | { title: string; kind: 'replace'; start: number; end: number; text: string }
  | { title: string; kind: 'create-file'; path: string; text: string };

/** How many lines after the diagnostic's the offending value may be on (a list over lines). */
const SEARCH_LINES = 20;

export const META_TEMPLATE = '{\n  description = "";\n  class = "nixos";\n}\n';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The offsets of each line's start in `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The offending word's range, searched from the diagnostic's line on. */
function findWord(
  text: string,
  diagnostic: FixableDiagnostic,
  word: string,
): { start: number; end: number } | null {
  const starts = lineStarts(text);
  const first = Math.min(Math.max(1, diagnostic.line), starts.length) - 1;
  const patterns = [
    new RegExp(`"(${escape(word)})"`),
    new RegExp(`(?<![\\w"'-])(${escape(word)})(?![\\w"'-])`),
  ];
  for (const pattern of patterns) {
    for (let line = first; line < Math.min(starts.length, first + 1 + SEARCH_LINES); line++) {
      // The whole line: the column may be the attribute's or the value's (inside its quotes).
      const from = starts[line];
      const to = line + 1 < starts.length ? starts[line + 1] : text.length;
      const match = pattern.exec(text.slice(from, to));
      if (match) {
        const start = from + match.index + match[0].indexOf(match[1]);
        return { start, end: start + word.length };
      }
    }
  }
  return null;
}

/** The quoted values of a message, in order (`"sever"`, and the `"dendrite"` of a field path). */
function quoted(message: string): string[] {
  return [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
}

export function quickFixes(diagnostic: FixableDiagnostic, text: string, file: string): QuickFix[] {
  if (diagnostic.code === 'missing-meta') {
    const folder = /\(([^()]+\/)\)/.exec(diagnostic.message)?.[1] ?? file.slice(0, file.lastIndexOf('/') + 1);
    return [
      { title: 'Create meta.nix', kind: 'create-file', path: `${folder}meta.nix`, text: META_TEMPLATE },
    ];
  }
  if (diagnostic.code === 'missing-fact') {
    const fix = missingFactFix(diagnostic.message, text, file);
    return fix ? [{ title: fix.title, kind: 'replace', start: fix.at, end: fix.at, text: fix.text }] : [];
  }
  const suggestion = /Did you mean "((?:[^"\\]|\\.)*)"\?/.exec(diagnostic.hint ?? '')?.[1];
  if (suggestion === undefined) return [];
  for (const value of quoted(diagnostic.message)) {
    if (value === suggestion) continue;
    // A field path (`"deploy.sshPrt"` is not a field…): the offending name is its last part.
    const candidates = diagnostic.code === 'unknown-field' ? [value.split('.').pop()!] : [value];
    for (const word of candidates) {
      const found = word ? findWord(text, diagnostic, word) : null;
      if (found)
        return [
          { title: `Change "${word}" to "${suggestion}"`, kind: 'replace', ...found, text: suggestion },
        ];
    }
  }
  return [];
}
