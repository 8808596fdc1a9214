// Evaluation errors keep Nix's trace across the session API and the CLI's report: each `while …`
// frame with its position, innermost first, without Arbor's own library frames.
import { describe, expect, it } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { formatDiagnostic } from '../../src/lib/arbor/report';

describe('diagnostics carry the trace', () => {
  it('a module error lists its frames, positioned in the project', () => {
    const d = evaluateProject(EXAMPLES['broken/module-error'], {
      modules: 'all',
      detail: 'check',
    }).diagnostics.find((x) => x.code === 'module-error')!;
    expect(d.trace?.length).toBeGreaterThan(0);
    expect(d.trace).toContainEqual({
      message: 'while evaluating a path segment',
      file: d.file,
      line: d.line,
      column: d.column,
    });
    expect(d.trace!.every((f) => !f.file?.startsWith('lib/'))).toBe(true);
    expect(d.trace!.every((f) => !f.message.includes('/project/'))).toBe(true);
    const text = formatDiagnostic(d);
    expect(text).toContain(`… while evaluating a path segment at ${d.file}:${d.line}:${d.column}`);
  });

  it('an evaluation error of the model lists how its file was reached', () => {
    const d = evaluateProject(EXAMPLES['broken/eval-error'], { modules: 'none' }).diagnostics.find(
      (x) => x.code === 'eval-error',
    )!;
    expect(d.trace?.map((f) => `${f.message} @ ${f.file}:${f.line}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^while calling the 'import' builtin @ inventory\/hosts\.nix:\d+$/),
      ]),
    );
  });
});
