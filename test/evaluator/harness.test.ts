// The differential harness must be able to fail: these tests run its parser and comparison on real
// Nix 2.26 error reports taken from the goldens, and on results that must not match.

import { describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  ROOT_TOKEN,
  explainMismatch,
  fromPortable,
  lineDiff,
  listCases,
  loadCase,
  observeGolden,
  parseCaseHeader,
  parseNixError,
  readGolden,
  splitShellWords,
  toPortable,
  type NixErrorKind,
} from './harness';

function goldenStderr(id: string): string {
  const [c] = listCases([id]);
  const golden = c && readGolden(c);
  if (!golden || golden.status !== 'fail') throw new Error(`${id}: expected a failing golden`);
  return golden.stderr;
}

const casePath = (id: string) => `${REPO_ROOT}/test/evaluator/cases/${id}.nix`;

describe('parseNixError on real Nix stderr', () => {
  const samples: [id: string, kind: NixErrorKind, position?: [file: string, line: number, column: number]][] =
    [
      [
        'syntax/parse-error-missing-semicolon',
        'syntax',
        [casePath('syntax/parse-error-missing-semicolon'), 1, 11],
      ],
      ['syntax/int-literal-too-large', 'syntax', [casePath('syntax/int-literal-too-large'), 1, 1]],
      ['fs/import-syntax-error', 'syntax', [`${REPO_ROOT}/test/evaluator/fixtures/syntax-error.nix`, 2, 1]],
      [
        'errors/undefined-variable-in-function',
        'undefined-variable',
        [casePath('errors/undefined-variable-in-function'), 1, 12],
      ],
      [
        'errors/missing-attribute-suggestion',
        'missing-attribute',
        [casePath('errors/missing-attribute-suggestion'), 1, 45],
      ],
      [
        'errors/missing-attribute-nested',
        'missing-attribute',
        [casePath('errors/missing-attribute-nested'), 1, 42],
      ],
      [
        'errors/duplicate-attr-in-let',
        'duplicate-attribute',
        [casePath('errors/duplicate-attr-in-let'), 1, 12],
      ],
      [
        'errors/infinite-recursion-let',
        'infinite-recursion',
        [casePath('errors/infinite-recursion-let'), 1, 9],
      ],
      [
        'errors/stack-overflow-deep-recursion',
        'stack-overflow',
        [casePath('errors/stack-overflow-deep-recursion'), 1, 43],
      ],
      ['operators/div-by-zero-int', 'division-by-zero'],
      ['operators/int-overflow-add', 'integer-overflow', [casePath('operators/int-overflow-add'), 1, 23]],
      [
        'errors/unexpected-argument-with-suggestion',
        'unexpected-argument',
        [casePath('errors/unexpected-argument-with-suggestion'), 1, 2],
      ],
      [
        'syntax/lambda-formals-missing-arg',
        'missing-argument',
        [casePath('syntax/lambda-formals-missing-arg'), 1, 2],
      ],
      ['errors/assertion-simple', 'assertion', [casePath('errors/assertion-simple'), 1, 1]],
      ['errors/assertion-equality-attrs', 'assertion'],
      ['builtins/elemAt-out-of-bounds', 'index-out-of-bounds'],
      ['builtins/head-empty', 'empty-list'],
      ['errors/not-a-function-int', 'not-a-function', [casePath('errors/not-a-function-int'), 1, 15]],
      ['builtins/abort-message', 'abort'],
      ['syntax/if-non-bool', 'type', [casePath('syntax/if-non-bool'), 1, 1]],
      ['builtins/toString-attrset-error', 'type'],
      ['fs/import-missing', 'path-not-found'],
      ['syntax/search-path-missing', 'search-path'],
      ['fs/search-path-nonexistent-entry', 'search-path'],
      ['regex/match-invalid-regex', 'invalid-regex'],
      ['cli/unknown-flag', 'cli'],
      ['cli/attr-path-missing', 'attr-path'],
      ['builtins/throw-message', 'throw'],
      ['errors/throw-multiline', 'throw'],
      ['errors/error-after-trace', 'throw'],
      ['laziness/strict-forces-nested', 'throw'],
    ];
  for (const [id, kind, position] of samples) {
    it(`${id} → ${kind}${position ? ` at ${position[1]}:${position[2]}` : ''}`, () => {
      const error = parseNixError(goldenStderr(id));
      expect(error?.kind).toBe(kind);
      expect(error?.position).toEqual(
        position && { file: position[0], line: position[1], column: position[2] },
      );
    });
  }

  it('reads the frames and the whole multi-line message of a throw', () => {
    const error = parseNixError(goldenStderr('errors/throw-multiline'));
    expect(error?.message).toBe('first line\nsecond line');
    expect(error?.frames).toEqual(["while calling the 'throw' builtin"]);
  });

  it('keeps the message of an error without frames', () => {
    const error = parseNixError(goldenStderr('errors/missing-attribute-suggestion'));
    expect(error?.message).toBe("attribute 'enabel' missing");
    expect(error?.frames).toEqual([]);
  });

  it('ignores trace and warning lines before the error', () => {
    const stderr =
      "trace: hello\nwarning: something\nerror: undefined variable 'x'\n       at «string»:1:1:\n";
    expect(parseNixError(stderr)).toMatchObject({
      kind: 'undefined-variable',
      position: { file: '«string»', line: 1, column: 1 },
    });
  });

  it('returns undefined when there is no error', () => {
    expect(parseNixError('trace: only a trace\n')).toBeUndefined();
    expect(parseNixError('')).toBeUndefined();
  });

  it('has no golden failure it cannot parse', () => {
    const unparsed = listCases()
      .filter((c) => readGolden(c)?.status === 'fail')
      .filter((c) => {
        const g = readGolden(c);
        return g?.status === 'fail' && parseNixError(g.stderr) === undefined;
      })
      .map((c) => c.id);
    expect(unparsed).toEqual([]);
  });
});

describe('comparison', () => {
  const c = loadCase(casePath('errors/missing-attribute-suggestion'));
  const golden = readGolden(c)!;
  const okCase = loadCase(casePath('syntax/let-basic'));
  const okGolden = readGolden(okCase)!;

  it('accepts the golden itself', () => {
    if (golden.status !== 'fail') throw new Error('expected failure golden');
    expect(
      explainMismatch(c, golden, { stdout: '', stderr: golden.stderr, exitCode: golden.exitCode }),
    ).toBeUndefined();
  });

  it('accepts other wording when the kind and position still match', () => {
    const same = `error: attribute 'enabel' missing (and more words)\n       at ${c.file}:1:45:\n`;
    expect(explainMismatch(c, golden, { stdout: '', stderr: same, exitCode: 1 })).toBeUndefined();
  });

  it('rejects wording the table does not recognise: it reads as a user throw', () => {
    const stderr = `error: attribute 'enabel' not found\n       at ${c.file}:1:45:\n`;
    expect(parseNixError(stderr)?.kind).toBe('throw');
    expect(explainMismatch(c, golden, { stdout: '', stderr, exitCode: 1 })).toMatch(/"kind":"throw"/);
  });

  it('rejects a wrong position', () => {
    const stderr = `error: attribute 'enabel' missing\n       at ${c.file}:1:44:\n`;
    expect(explainMismatch(c, golden, { stdout: '', stderr, exitCode: 1 })).toMatch(/"column":44/);
  });

  it('rejects a wrong kind', () => {
    const stderr = `error: undefined variable 'cfg'\n       at ${c.file}:1:45:\n`;
    expect(explainMismatch(c, golden, { stdout: '', stderr, exitCode: 1 })).toMatch(/undefined-variable/);
  });

  it('rejects a wrong exit code', () => {
    if (golden.status !== 'fail') throw new Error('expected failure golden');
    expect(explainMismatch(c, golden, { stdout: '', stderr: golden.stderr, exitCode: 2 })).toBeDefined();
  });

  it('rejects success where Nix failed, and failure where Nix succeeded', () => {
    expect(explainMismatch(c, golden, { stdout: '1\n', stderr: '', exitCode: 0 })).toMatch(/but got success/);
    expect(explainMismatch(okCase, okGolden, { stdout: '', stderr: 'error: boom\n', exitCode: 1 })).toMatch(
      /expected success/,
    );
  });

  it('requires stdout byte for byte, including the trailing newline', () => {
    if (okGolden.status !== 'ok') throw new Error('expected success golden');
    expect(okGolden.stdout).toBe('[ 1 2 ]\n');
    expect(
      explainMismatch(okCase, okGolden, { stdout: '[ 1 2 ]\n', stderr: '', exitCode: 0 }),
    ).toBeUndefined();
    expect(explainMismatch(okCase, okGolden, { stdout: '[ 1 2 ]', stderr: '', exitCode: 0 })).toMatch(
      /trailing newline/,
    );
    expect(explainMismatch(okCase, okGolden, { stdout: '[ 1 3 ]\n', stderr: '', exitCode: 0 })).toMatch(
      /- \[ 1 2 \]\n\+ \[ 1 3 \]/,
    );
  });

  it('requires trace output on success', () => {
    const traced = loadCase(casePath('builtins/trace-basic'));
    const g = readGolden(traced)!;
    expect(observeGolden(g)).toEqual({ status: 'ok', stdout: '1\n', log: 'trace: tracing a string\n' });
    expect(explainMismatch(traced, g, { stdout: '1\n', stderr: '', exitCode: 0 })).toMatch(/stderr/);
  });
});

describe('case files', () => {
  it('splits flags like sh', () => {
    expect(splitShellWords(`--eval -E 'a b' --arg x "[ 1 \\"2\\" ]" c\\ d`)).toEqual([
      '--eval',
      '-E',
      'a b',
      '--arg',
      'x',
      '[ 1 "2" ]',
      'c d',
    ]);
    expect(splitShellWords(`-A ''`)).toEqual(['-A', '']);
  });

  it('reads flags and env headers, defaulting to --eval --strict', () => {
    expect(parseCaseHeader('1 + 1\n')).toEqual({ flags: ['--eval', '--strict'], env: {} });
    expect(parseCaseHeader('# flags: --eval --json\n# env: A=b=c\n# env: EMPTY=\nx\n')).toEqual({
      flags: ['--eval', '--json'],
      env: { A: 'b=c', EMPTY: '' },
    });
    expect(parseCaseHeader('# a plain comment\n# flags: --parse\n').flags).toEqual(['--eval', '--strict']);
  });

  it('appends the case path unless the expression comes from -E or --find-file', () => {
    expect(loadCase(casePath('syntax/let-basic')).argv).toEqual([
      '--eval',
      '--strict',
      'test/evaluator/cases/syntax/let-basic.nix',
    ]);
    expect(loadCase(casePath('cli/expr-flag')).argv).toEqual(['--eval', '--strict', '-E', '1 + 2']);
    expect(loadCase(casePath('cli/find-file')).argv.at(-1)).toBe('fixtures=test/evaluator/fixtures');
  });

  it('writes the repository root as a token and reads it back', () => {
    const text = `at ${REPO_ROOT}/test/x.nix:1:2 and ${REPO_ROOT}`;
    expect(toPortable(text)).toBe(`at ${ROOT_TOKEN}/test/x.nix:1:2 and ${ROOT_TOKEN}`);
    expect(fromPortable(toPortable(text))).toBe(text);
  });

  it('diffs lines', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nB\nc\n')).toBe('  a\n- b\n+ B');
  });
});
