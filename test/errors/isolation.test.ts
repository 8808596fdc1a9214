// Two evaluators in one process share nothing: not the call depth or its limit, not whether calls
// are traced, not the symbol table (whose order decides which error `deepSeq` and `==` meet
// first). Each case is one that module-level state got wrong.
import { describe, expect, test } from 'vitest';
import { createEvaluator, formatError, MemoryFileSystem, type NixEvaluator } from '../../src/lib/nix';
import { Session } from '../../src/lib/arbor/evaluate';

const evaluator = (options: { maxCallDepth?: number; showTrace?: boolean } = {}): NixEvaluator =>
  createEvaluator({ fs: new MemoryFileSystem(), ...options });

const RECURSION = 'let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 200';
/** Nix forces a set's attributes in symbol order: `a` first when `a` was read first. */
const DEEP_SEQ = '(builtins.tryEval (builtins.deepSeq { a = throw "a"; b = abort "b"; } 1)).success';

describe('evaluators in one process', () => {
  test('a later evaluator does not change an earlier one’s max-call-depth', () => {
    const shallow = evaluator({ maxCallDepth: 50 });
    evaluator({ maxCallDepth: 100000 });
    const result = shallow.evaluate(RECURSION);
    expect(result.errors.map((e) => e.message)).toEqual(['stack overflow; max-call-depth exceeded']);
    expect(evaluator().evaluate(RECURSION).value).toBe(200);
  });

  test('--show-trace belongs to the evaluator it was given to', () => {
    const traced = evaluator({ showTrace: true });
    const plain = evaluator({ showTrace: false });
    const program = 'let f = x: x + "s"; in f 1';
    const frames = (e: NixEvaluator) => formatError(e.evaluate(program).errors[0]);
    expect(frames(traced)).toContain("while calling 'f'");
    expect(frames(plain)).not.toContain("while calling 'f'");
  });

  test('symbol order is per evaluator: names another one read first do not reorder deepSeq', () => {
    const other = evaluator();
    // Reads `b` before `a`: with one process-wide table, `b` would come first everywhere after.
    other.parse('{ b = 1; a = 2; }');
    const result = evaluator().evaluate(DEEP_SEQ);
    expect(result.errors).toEqual([]);
    expect(result.value).toBe(false);
  });

  test('two sessions keep their own symbol order', () => {
    const first = new Session();
    first.repl({}, '{ zz9 = 1; yy9 = 2; }');
    const second = new Session();
    const result = second.repl(
      {},
      '(builtins.tryEval (builtins.deepSeq { yy9 = throw "y"; zz9 = abort "z"; } 1)).success',
    );
    expect(result).toMatchObject({ ok: true, output: 'false' });
  });
});
