/**
 * The Problems list of the playground: the newest result's diagnostics, the problems of the hosts
 * evaluated when idle (while the newest result has a model to place them in), and a timeout
 * entry for an evaluation the watchdog stopped. Pure functions of the workspace's state, so its
 * `$derived` fields stay one line each.
 */

import type { Diagnostic, HostConfiguration, ProjectResult } from '$lib/arbor/types';

const TIMEOUT_HINT =
  'Something in the project does not finish (a function that keeps recursing, a huge list). The last result is still shown.';

/** Every problem to show, in the session API's order, the timeouts first. */
export function collectDiagnostics(
  result: ProjectResult | null,
  otherConfigurations: Record<string, HostConfiguration>,
  idleStopped: string | null,
  stopped: string | null,
): Diagnostic[] {
  const list = [...(result?.diagnostics ?? [])];
  const own = result?.configurations ?? {};
  if (result?.model) {
    let added = false;
    for (const [name, configuration] of Object.entries(otherConfigurations)) {
      if (name in own || configuration.diagnostics.length === 0) continue;
      list.push(...configuration.diagnostics);
      added = true;
    }
    if (added) list.sort(compareDiagnostics);
  }
  if (idleStopped) {
    list.unshift({
      code: 'timeout',
      severity: 'error',
      message: `${idleStopped} (evaluating the other hosts)`,
      file: '',
      line: 1,
      column: 1,
      host: null,
      hint: TIMEOUT_HINT,
    });
  }
  if (stopped) {
    list.unshift({
      code: 'timeout',
      severity: 'error',
      message: stopped,
      file: '',
      line: 1,
      column: 1,
      host: null,
      hint: TIMEOUT_HINT,
    });
  }
  return list;
}

/** The diagnostics of each file (those without a file are left out). */
export function groupDiagnosticsByFile(diagnostics: Diagnostic[]): Map<string, Diagnostic[]> {
  // A fresh, never-mutated map per result: it needs no reactivity of its own.
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.file) continue;
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  return byFile;
}

/** Diagnostics in the session API's order: file, line, column, code. */
function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
