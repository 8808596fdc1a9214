// Judging runs (crash, hang, difference from Nix) and printing the counts and findings.

import { classifyError, parseNixError } from '../../test/evaluator/harness';
import type { Outcome } from './runners';

/** The builtins whose results depend on the machine, the time or the network, and the store
 * reading the oracle's `dummy://` store cannot do: programs naming them are not compared. */
export const IMPURE = [
  'currentTime',
  'getEnv',
  'fetchurl',
  'fetchTarball',
  'fetchGit',
  'fetchMercurial',
  'fetchTree',
  'fetchClosure',
  'fetchFinal',
  'storePath',
  'currentSystem',
  'nixPath',
  'getFlake',
  'exec',
  'importNative',
  'readFile',
  'readDir',
  'readFileType',
  'pathExists',
  'hashFile',
  'filterSource',
  'path',
  'findFile',
  '__curPos',
  'trace',
  'traceVerbose',
  'warn',
  'break',
];

export function isImpure(program: string): boolean {
  return IMPURE.some((name) => new RegExp(`\\b${name}\\b`).test(program)) || /<[A-Za-z]/.test(program);
}

export type FindingKind = 'crash' | 'hang' | 'cli-crash' | 'outcome' | 'output' | 'exit' | 'kind' | 'wording';

export interface Finding {
  kind: FindingKind;
  /** Groups findings that are probably the same bug. */
  signature: string;
  detail: string;
  caseIndex: number;
  program: string;
  minimised?: string;
}

/** The first line of the final error message of a Nix-style report. */
export function firstErrorLine(stderr: string): string {
  const e = parseNixError(stderr);
  return e ? e.message.split('\n')[0] : stderr.split('\n')[0];
}

/** A crash in our evaluator's own run: a JavaScript error, an internal error, a strange exit. */
export function crashOf(o: Outcome): string | undefined {
  if (o.kind === 'crash') return o.message;
  if (o.kind === 'done') {
    if (/internal error/i.test(o.stderr)) return firstErrorLine(o.stderr);
    if (o.exitCode !== 0 && o.exitCode !== 1) return `exit code ${o.exitCode}`;
  }
  return undefined;
}

/** Numbers, quoted text and store hashes removed: messages of one kind of bug look alike. */
export function normalise(line: string): string {
  return line
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/[0-9a-df-np-sv-z]{32}/g, 'HASH')
    .replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/g, 'N')
    .slice(0, 160);
}

/** How our run differs from Nix's, or undefined when it does not (or cannot be judged). */
export function compare(
  nix: Outcome,
  ours: Outcome,
): { kind: FindingKind; signature: string; detail: string } | undefined {
  if (nix.kind !== 'done' || ours.kind !== 'done') return undefined;
  // Nix killed (out of memory, a signal): nothing to compare with.
  if (nix.exitCode > 1 || /out of memory|std::bad_alloc/.test(nix.stderr)) return undefined;
  if (nix.exitCode === 0 && ours.exitCode === 0) {
    if (nix.stdout === ours.stdout) return undefined;
    return {
      kind: 'output',
      signature: 'output',
      detail: `nix:  ${clip(nix.stdout)}\nours: ${clip(ours.stdout)}`,
    };
  }
  if (nix.exitCode === 0 || ours.exitCode === 0) {
    const nixSide = nix.exitCode === 0 ? 'ok' : normalise(firstErrorLine(nix.stderr));
    const ourSide = ours.exitCode === 0 ? 'ok' : normalise(firstErrorLine(ours.stderr));
    return {
      kind: 'outcome',
      signature: `nix ${nixSide} | ours ${ourSide}`,
      detail: `nix:  ${nix.exitCode === 0 ? clip(nix.stdout) : firstErrorLine(nix.stderr)}\nours: ${ours.exitCode === 0 ? clip(ours.stdout) : firstErrorLine(ours.stderr)}`,
    };
  }
  if (nix.exitCode !== ours.exitCode) {
    return {
      kind: 'exit',
      signature: `exit ${nix.exitCode} vs ${ours.exitCode}`,
      detail: `exit codes ${nix.exitCode} vs ${ours.exitCode}`,
    };
  }
  const a = firstErrorLine(nix.stderr);
  const b = firstErrorLine(ours.stderr);
  if (a === b) return undefined;
  const sameKind = classifyError(a) === classifyError(b);
  return {
    kind: sameKind ? 'wording' : 'kind',
    signature: `${normalise(a)} | ${normalise(b)}`,
    detail: `nix:  ${clip(a)}\nours: ${clip(b)}`,
  };
}

export function clip(text: string, n = 300): string {
  const t = text.replace(/\n$/, '');
  return t.length > n ? t.slice(0, n) + `… (${t.length} bytes)` : t;
}

export interface Counts {
  cases: number;
  generated: number;
  mutated: number;
  crashes: number;
  hangs: number;
  resource: number;
  comparedWithNix: number;
  nixBatches: number;
  nixRuns: number;
  skippedImpure: number;
  differences: number;
  differencesByKind: Partial<Record<FindingKind, number>>;
  cliRuns: number;
  cliCrashes: number;
  cliDifferences: number;
  nixHangsToo: number;
  /** Cases past the time limit that finished when run again with four times as long (a loaded machine). */
  slowNotHung: number;
}

/** Shows bytes that are not printable ASCII as \xNN, so findings print safely. */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7e\n\t]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatReport(counts: Counts, findings: Finding[], groups: Map<string, Finding[]>): string {
  const lines: string[] = [];
  lines.push('== fuzz report ==');
  lines.push(
    `cases: ${counts.cases} (${counts.generated} generated, ${counts.mutated} mutated from the corpus)`,
    `crashes: ${counts.crashes}`,
    `hangs: ${counts.hangs} (of which Nix also timed out: ${counts.nixHangsToo}; past the limit once but finished with four times as long, not counted: ${counts.slowNotHung})`,
    `resource exhaustion (worker out of memory): ${counts.resource}`,
    `compared with Nix: ${counts.comparedWithNix} (Nix runs: ${counts.nixRuns}, of them batches: ${counts.nixBatches}; impure, not compared: ${counts.skippedImpure})`,
    `differences from Nix: ${counts.differences} ${JSON.stringify(counts.differencesByKind)}`,
    `bin/arbor instantiate runs: ${counts.cliRuns}, non-Nix exits: ${counts.cliCrashes}, differing from in-process: ${counts.cliDifferences}`,
  );
  lines.push('', `== findings: ${findings.length} in ${groups.size} groups ==`);
  for (const [signature, members] of groups) {
    const first = members[0];
    lines.push('', `--- [${first.kind}] ×${members.length}: ${printable(signature)}`);
    lines.push(printable(first.detail));
    lines.push(
      `case ${first.caseIndex} (${first.program.length} bytes)${first.minimised !== undefined ? ', minimised:' : ':'}`,
    );
    lines.push(printable(clip(first.minimised ?? first.program, 1500)));
    if (members.length > 1)
      lines.push(
        `also cases: ${members
          .slice(1, 12)
          .map((m) => m.caseIndex)
          .join(' ')}`,
      );
  }
  return lines.join('\n');
}
