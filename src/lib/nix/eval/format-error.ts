/**
 * Renders an error the way Nix 2.26 lays it out on stderr: the trace frames outermost first, each
 * `… while …` with its position and a code excerpt, then the error itself with its position and
 * hint. Tools parse this layout (our differential tests do), so it follows Nix's closely.
 */

import { toByteString } from '../bytes';
import type { NixError, TraceFrame } from './errors';
import type { SourcePos } from './values';

const INDENT = '       ';
const ELLIPSIS = toByteString('…');

function excerpt(pos: SourcePos, indent: string): string {
  const source = pos.source;

  const { line, column } = source.position(pos.offset);
  const lines: Array<[number, string]> = [];
  if (line > 1) lines.push([line - 1, source.lineText(line - 1)]);
  lines.push([line, source.lineText(line)]);
  const next = source.lineText(line + 1);
  const hasNext = source.position(source.text.length).line > line;
  const width = String(hasNext ? line + 1 : line).length;
  const gutter = (n: number | '') => `${indent}     ${String(n).padStart(width)}|`;
  let out = '';
  for (const [n, text] of lines) {
    if (n !== line && text.trim() === '') continue;
    out += `${gutter(n)} ${text}\n`;
    if (n === line) out += `${gutter('')} ${' '.repeat(column - 1)}^\n`;
  }
  if (hasNext && next.trim() !== '') out += `${gutter(line + 1)} ${next}\n`;
  return out;
}

function location(pos: SourcePos | null, indent: string): string {
  if (pos === null) return '';
  const p = pos.source.position(pos.offset);
  // The code excerpt lines up the same under a frame and under the error itself.
  return `${indent}at ${p.file}:${p.line}:${p.column}:\n${excerpt(pos, INDENT)}`;
}

export function formatError(error: NixError, options: { showTrace?: boolean } = {}): string {
  const frames: TraceFrame[] = [...error.frames].reverse();
  const shown = options.showTrace
    ? frames
    : frames.filter((f) => f.pos !== null || options.showTrace).slice(-12);
  let out = '';
  if (shown.length === 0) {
    out += `error: ${error.message}\n`;
  } else {
    out += 'error:\n';
    for (const frame of shown) {
      out += `${INDENT}${ELLIPSIS} ${frame.message}\n`;
      if (frame.pos) out += location(frame.pos, INDENT + '  ');
      out += '\n';
    }
    out += `${INDENT}error: ${error.message}\n`;
  }
  out += location(error.pos, INDENT);
  if (error.hint) out += `${INDENT}${error.hint}\n`;
  return out;
}
