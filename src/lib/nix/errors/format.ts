/**
 * Renders an error the way Nix 2.26 lays it out on stderr: the trace frames outermost first, each
 * `… while …` with its position and a code excerpt, then the error itself with its position and
 * hint. Tools parse this layout (our differential tests do), so it follows Nix's closely.
 */

import { toByteString } from '../bytes';
import type { NixError, TraceFrame } from './nix-error';
import type { SourcePos } from '../eval/values';

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
  // Blank neighbours are shown too (as `N|`: trailing whitespace is trimmed at the end).
  for (const [n, text] of lines) {
    out += `${gutter(n)} ${text}\n`;
    if (n === line) out += `${gutter('')} ${' '.repeat(column - 1)}^\n`;
  }
  if (hasNext) out += `${gutter(line + 1)} ${next}\n`;
  return out;
}

/** Continuation lines of a message line up under its first line, as Nix indents them. */
function indentLines(message: string): string {
  return message.includes('\n') ? message.split('\n').join('\n' + INDENT) : message;
}

function location(pos: SourcePos | null, indent: string): string {
  if (pos === null) return '';
  const p = pos.source.position(pos.offset);
  // The code excerpt lines up the same under a frame and under the error itself.
  return `${indent}at ${p.file}:${p.line}:${p.column}:\n${excerpt(pos, INDENT)}`;
}

export function formatError(error: NixError, options: { showTrace?: boolean } = {}): string {
  // Frames with no message are not printed (Nix skips empty hints). Frames with no position
  // (`builtins.addErrorContext`'s, "in a {name=...; value=...;} pair") are printed as they are,
  // with or without --show-trace.
  const frames: TraceFrame[] = [...error.frames].reverse().filter((f) => f.message !== '');
  const shown = options.showTrace ? frames : frames.slice(-12);
  let out = '';
  if (shown.length === 0) {
    out += `error: ${indentLines(error.message)}\n`;
  } else {
    out += 'error:\n';
    for (const frame of shown) {
      out += `${INDENT}${ELLIPSIS} ${indentLines(frame.message)}\n`;
      if (frame.pos) out += location(frame.pos, INDENT + '  ');
      out += '\n';
    }
    out += `${INDENT}error: ${indentLines(error.message)}\n`;
  }
  out += location(error.pos, INDENT);
  if (error.hint) out += `${INDENT}${indentLines(error.hint)}\n`;
  // Nix trims trailing whitespace from every line of an error report.
  return out.replace(/[ \t]+$/gm, '');
}
