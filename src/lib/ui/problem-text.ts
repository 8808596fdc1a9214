/**
 * A problem's message for the Problems panel: the sentence itself, and the "why" chains the
 * library writes into it — `host box has fruit tape-library (host box (inventory/hosts.nix:4:5)
 * → fruit tape-library), which needs …` — taken out to a line of their own, with every
 * `file:line:col` in them (and in the sentence) as a position the panel can open.
 */

import type { Position } from '$lib/arbor/types';

export type Segment = { text: string; position?: Position };

export interface ProblemText {
  /** The message without its why chains. */
  headline: string;
  /** Each why chain, as text and positions. */
  why: Segment[][];
  /** Positions the headline names (other than the problem's own). */
  mentioned: Position[];
}

const POSITION = /([\w.@/-]+\.(?:nix|yaml|age|json)):(\d+):(\d+)/g;

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(POSITION)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({
      text: match[0],
      position: { file: match[1], line: Number(match[2]), column: Number(match[3]) },
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** The top-level parenthesised parts of `message`: [start, end) of each, parentheses included. */
function groups(message: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (message[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) found.push([start, i + 1]);
    }
  }
  return found;
}

export function problemText(message: string, own: Position | null = null): ProblemText {
  const firstLine = message.split('\n')[0];
  const rest = message.slice(firstLine.length);
  const why: Segment[][] = [];
  let headline = '';
  let last = 0;
  for (const [start, end] of groups(firstLine)) {
    const inner = firstLine.slice(start + 1, end - 1);
    if (!inner.includes('→')) continue;
    why.push(segments(inner.replace(/^selected by /, '')));
    // The space before the parenthesis goes with it.
    headline += firstLine.slice(last, start).replace(/ $/, '');
    last = end;
  }
  headline += firstLine.slice(last) + rest;
  const mentioned: Position[] = [];
  for (const segment of segments(headline)) {
    const p = segment.position;
    if (!p) continue;
    if (own && p.file === own.file && p.line === own.line && p.column === own.column) continue;
    if (!mentioned.some((m) => m.file === p.file && m.line === p.line && m.column === p.column))
      mentioned.push(p);
  }
  return { headline, why, mentioned };
}
