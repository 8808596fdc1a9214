/**
 * The registry of diagnostic codes (`nix/lib/validation/codes.json`): the one list the Nix library checks
 * its diagnostics against, the TypeScript types use, docs/diagnostics.md documents and the tests
 * compare with everything else.
 */

import registry from '../../../nix/lib/validation/codes.json';
import type { Severity } from './types';

/** Where a code is found: the model's checks, the secrets checks, the hosts' modules, the session (parsing, evaluating), the playground. */
export type CodeStage = 'model' | 'secrets' | 'modules' | 'session' | 'playground';

export interface CodeInfo {
  stage: CodeStage;
  severities: Severity[];
  /** One line on what is wrong, in plain text (the examples gallery shows it). */
  summary: string;
}

export type DiagnosticCode = Exclude<keyof typeof registry, '$comment'>;

export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeInfo>> = Object.fromEntries(
  Object.entries(registry).filter(([code]) => code !== '$comment'),
) as Record<DiagnosticCode, CodeInfo>;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}
