/**
 * The REPL's evaluation: an expression in the project's scope. The expression sees `builtins`,
 * `model` (what Arbor's library makes of the project, the same value `evaluateProject` turns into
 * JSON) and `project` (the project's root path, so `import (project + "/inventory/hosts.nix")`
 * works). The value is forced deeply and printed as `nix-instantiate --eval --strict` prints it;
 * evaluation errors come back as Nix's own error text.
 */

import { createProjectFileSystem, LIBRARY_ROOT, PROJECT_ROOT } from '../src/lib/arbor/evaluate';
import type { ProjectFiles } from '../src/lib/arbor/types';
import { fromByteString, toByteString } from '../src/lib/nix/bytes';
import { forceDeep } from '../src/lib/nix/eval/deep';
import { NixError } from '../src/lib/nix/eval/errors';
import { formatError } from '../src/lib/nix/eval/format-error';
import { printValue } from '../src/lib/nix/eval/show';
import { EvalState } from '../src/lib/nix/eval/state';
import { ParseError } from '../src/lib/nix/syntax/parser';
import type { ReplReply } from '../src/lib/ui/worker-api';

/** Wraps the user's expression; the newline keeps a trailing `# comment` from eating the `)`. */
function scopedExpression(expression: string): string {
  return (
    `let model = import ${LIBRARY_ROOT}/eval.nix { root = ${PROJECT_ROOT}; }; project = ${PROJECT_ROOT}; in (\n` +
    `${expression}\n)`
  );
}

export function evaluateRepl(files: ProjectFiles, expression: string): ReplReply {
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  try {
    const state = new EvalState({ fs: createProjectFileSystem(files) });
    const value = state.evalText(
      toByteString(scopedExpression(expression)),
      toByteString('«repl»'),
      PROJECT_ROOT,
    );
    forceDeep(value);
    return { ok: true, output: fromByteString(printValue(value)), ms: elapsed() };
  } catch (error) {
    if (error instanceof NixError)
      return { ok: false, message: fromByteString(formatError(error)), ms: elapsed() };
    if (error instanceof ParseError) {
      const p = error.source.position(error.start);
      const line = p.line - 1; // the wrapper's first line is not the user's
      return {
        ok: false,
        message: `error: ${fromByteString(error.message)} (${line}:${p.column})`,
        ms: elapsed(),
      };
    }
    if (error instanceof RangeError)
      return { ok: false, message: 'error: stack overflow (possible infinite recursion)', ms: elapsed() };
    throw error;
  }
}
