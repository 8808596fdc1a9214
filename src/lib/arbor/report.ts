/**
 * Diagnostics as text: `file:line:col: error[code]: message`, then the hint, the way compilers
 * print them (and the CLI and CI logs show them). Colours only when asked (a TTY).
 */

import type { Diagnostic } from './types';

const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** How many trace frames the text report shows of each diagnostic (`--json` has them all). */
const TRACE_LINES = 4;

export function formatDiagnostic(d: Diagnostic, options: { color?: boolean } = {}): string {
  const c = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text);
  const where = d.file ? `${d.file}:${d.line}:${d.column}: ` : '';
  const severity = c(d.severity === 'error' ? RED + BOLD : YELLOW + BOLD, `${d.severity}[${d.code}]`);
  let out = `${c(BOLD, where)}${severity}: ${d.message}`;
  if (d.host) out += c(DIM, ` (host ${d.host})`);
  // The `while …` frames, innermost first, as `--show-trace` would list them (the first few).
  for (const frame of (d.trace ?? []).slice(0, TRACE_LINES)) {
    const at = frame.file ? ` at ${frame.file}:${frame.line}:${frame.column}` : '';
    out += `\n  ${c(DIM, '…')} ${frame.message}${c(DIM, at)}`;
  }
  if (d.hint) out += `\n  ${c(DIM, 'hint:')} ${d.hint}`;
  return out;
}

export function summarize(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return 'no problems found';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '']
    .filter(Boolean)
    .join(', ');
}
